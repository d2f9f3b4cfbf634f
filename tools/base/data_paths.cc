#include "data_paths.h"

#include <cstdlib>

namespace teipress {

std::string DataDir() {
  const char* configured = std::getenv("TEIPRESS_DATA_DIR");
  return configured && *configured ? configured : TEIPRESS_DEFAULT_DATA_DIR;
}

std::string DataPath(const std::string& relative) { return DataDir() + "/" + relative; }

}  // namespace teipress
