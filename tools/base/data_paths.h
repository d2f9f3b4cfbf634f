// Where teipress finds its data: schemas/, xslt/ (stylesheets, assets, FOP configuration) and, when
// installed, java/ (FOP's batch driver).
//
// An installed teipress (`cmake --install`, the Debian package) finds them relative to its own
// executable, BINDIR/../share/teipress, so a prefix can be moved as a whole; a teipress in its build
// tree uses the checkout it was built from; TEIPRESS_DATA_DIR overrides both.
#pragma once

#include <string>

namespace teipress {

// How DataDir() was chosen, for `teipress --version` and for error messages.
enum class DataDirOrigin {
  kEnvironment,  // $TEIPRESS_DATA_DIR
  kInstalled,    // the share/teipress directory beside the executable's bin/
  kCheckout,     // the source tree the executable was built from
  kMissing,      // none of them has the data: DataDir() is the installed location it expected
};

struct DataLocation {
  std::string directory;
  DataDirOrigin origin = DataDirOrigin::kMissing;
};

// Decides where the data is for an executable at `executable` (an absolute path), given the value
// of TEIPRESS_DATA_DIR (null when unset). Pure but for looking at the file system.
DataLocation LocateData(const std::string& executable, const char* environment_value);

// The location for this process (/proc/self/exe), decided once.
const DataLocation& Data();
std::string DataDir();
std::string DataPath(const std::string& relative);

// "TEIPRESS_DATA_DIR", "installed", "checkout" or "missing".
const char* DataDirOriginName(DataDirOrigin origin);

}  // namespace teipress
