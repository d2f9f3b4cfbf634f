// SHA-256 (FIPS 180-4, computed by OpenSSL), used to recognise TEI files that editors changed after generation.
#pragma once

#include <string>
#include <string_view>

namespace teipress {

// Lower-case hex digest of `data`.
std::string Sha256Hex(std::string_view data);

}  // namespace teipress
