// Where teipress finds its schemas, stylesheets and default authority files.
#pragma once

#include <string>

namespace teipress {

// $TEIPRESS_DATA_DIR if set, else the directory the build was configured from.
std::string DataDir();
std::string DataPath(const std::string& relative);

}  // namespace teipress
