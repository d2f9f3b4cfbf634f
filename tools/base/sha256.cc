#include "sha256.h"

#include <openssl/evp.h>

#include <array>
#include <charconv>
#include <stdexcept>

namespace teipress {

namespace {
// The digest fetched once: handing EVP_sha256() to every digest makes OpenSSL 3 look the
// algorithm up in its provider tables each time, which costs more than hashing a short field.
const EVP_MD* Sha256() {
  static EVP_MD* const fetched = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  return fetched ? fetched : EVP_sha256();
}
}  // namespace

// OpenSSL's digest uses the CPU's SHA extensions where present: hashing every generated file
// costs a fraction of what a portable implementation does.
std::string Sha256Hex(std::string_view data) {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int digest_size = 0;
  if (EVP_Digest(data.data(), data.size(), digest.data(), &digest_size, Sha256(), nullptr) != 1) {
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

// Most digests are of a few short fields (a signature's names and hashes): they are gathered in
// one buffer and hashed in one call, which costs a fraction of a call per field. A long run of
// fields is hashed a buffer at a time, so the memory stays small.
struct Sha256Fields::State {
  static constexpr size_t kBufferSize = 16384;
  EVP_MD_CTX* context = nullptr;  // once the fields outgrow the buffer
  std::string buffer;

  void Flush() {
    if (!context) {
      context = EVP_MD_CTX_new();
      if (!context || EVP_DigestInit_ex(context, Sha256(), nullptr) != 1) {
        throw std::runtime_error("OpenSSL could not start a SHA-256 digest");
      }
    }
    EVP_DigestUpdate(context, buffer.data(), buffer.size());
    buffer.clear();
  }
};

Sha256Fields::Sha256Fields() : state_(new State) {}

Sha256Fields::~Sha256Fields() {
  EVP_MD_CTX_free(state_->context);
  delete state_;
}

Sha256Fields& Sha256Fields::Add(std::string_view field) {
  std::string& buffer = state_->buffer;
  char length[24];
  char* const end = std::to_chars(length, length + sizeof length - 1, field.size()).ptr;
  *end = ':';
  buffer.append(length, static_cast<size_t>(end + 1 - length));
  if (buffer.size() + field.size() <= State::kBufferSize) {
    buffer.append(field);
    return *this;
  }
  state_->Flush();
  EVP_DigestUpdate(state_->context, field.data(), field.size());
  return *this;
}

std::string Sha256Fields::Hex() {
  std::array<unsigned char, EVP_MAX_MD_SIZE> digest{};
  unsigned int digest_size = 0;
  if (!state_->context) {
    if (EVP_Digest(state_->buffer.data(), state_->buffer.size(), digest.data(), &digest_size, Sha256(), nullptr) != 1) {
      throw std::runtime_error("OpenSSL could not compute a SHA-256 digest");
    }
    return ToHex(digest.data(), digest_size);
  }
  state_->Flush();
  if (EVP_DigestFinal_ex(state_->context, digest.data(), &digest_size) != 1) {
    throw std::runtime_error("OpenSSL could not end a SHA-256 digest");
  }
  return ToHex(digest.data(), digest_size);
}

}  // namespace teipress
