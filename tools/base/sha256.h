// SHA-256 (FIPS 180-4, computed by OpenSSL), used to recognise TEI files that editors changed after generation.
#pragma once

#include <string>
#include <string_view>

namespace teipress {

// Lower-case hex digest of `data`.
std::string Sha256Hex(std::string_view data);

// The digest of many pieces without joining them first (a build's signature over ten thousand
// documents' hashes). Each piece is length-prefixed, so ("ab", "c") and ("a", "bc") differ.
class Sha256Fields {
 public:
  Sha256Fields();
  ~Sha256Fields();
  Sha256Fields(const Sha256Fields&) = delete;
  Sha256Fields& operator=(const Sha256Fields&) = delete;
  Sha256Fields& Add(std::string_view field);
  std::string Hex();  // ends the digest

 private:
  struct State;
  State* state_;
};

}  // namespace teipress
