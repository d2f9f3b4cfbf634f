#include "sha256.h"

#include <openssl/evp.h>

#include <array>
#include <stdexcept>

namespace teipress {

// OpenSSL's digest uses the CPU's SHA extensions where present: hashing every generated file
// costs a fraction of what a portable implementation does.
std::string Sha256Hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int digest_size = 0;
  if (EVP_Digest(data.data(), data.size(), digest.data(), &digest_size, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
  }
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * digest_size);
  for (unsigned int i = 0; i < digest_size; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}

namespace {
std::string ToHex(const unsigned char* digest, unsigned int size) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex;
  hex.reserve(2 * size);
  for (unsigned int i = 0; i < size; ++i) {
    hex += kHex[digest[i] >> 4];
    hex += kHex[digest[i] & 0xF];
  }
  return hex;
}
}  // namespace

struct Sha256Fields::State {
  EVP_MD_CTX* context = EVP_MD_CTX_new();
};

Sha256Fields::Sha256Fields() : state_(new State) {
  if (!state_->context || EVP_DigestInit_ex(state_->context, EVP_sha256(), nullptr) != 1) {
    throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
  }
}

Sha256Fields::~Sha256Fields() {
  EVP_MD_CTX_free(state_->context);
  delete state_;
}

Sha256Fields& Sha256Fields::Add(std::string_view field) {
  const std::string length = std::to_string(field.size()) + ":";
  EVP_DigestUpdate(state_->context, length.data(), length.size());
  EVP_DigestUpdate(state_->context, field.data(), field.size());
  return *this;
}

std::string Sha256Fields::Hex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int digest_size = 0;
  if (EVP_DigestFinal_ex(state_->context, digest.data(), &digest_size) != 1) {
    throw std::runtime_error("OpenSSL could not end a SHA-256 digest");
  }
  return ToHex(digest.data(), digest_size);
}

}  // namespace teipress
