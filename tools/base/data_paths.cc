#include "data_paths.h"

#include <sys/auxv.h>

#include <cstdlib>

#include <boost/filesystem/operations.hpp>

namespace teipress {

namespace fs = boost::filesystem;

namespace {

// This process's executable: /proc/self/exe, else (no /proc, as in a bare chroot) the file name
// execve() was given, which a shell's PATH search has already made a path.
std::string ExecutablePath() {
  boost::system::error_code ec;
  const fs::path link = fs::read_symlink("/proc/self/exe", ec);
  if (!ec) return link.string();
  const char* executed = reinterpret_cast<const char*>(::getauxval(AT_EXECFN));
  if (!executed || !*executed) return "";
  return fs::absolute(executed, fs::current_path(ec)).string();
}

bool HasData(const fs::path& directory) {
  boost::system::error_code ec;
  return fs::is_regular_file(directory / "schemas" / "edition.rng", ec);
}

// Whether `path` lies inside `directory` (both absolute), compared component by component.
bool IsInside(const fs::path& path, const fs::path& directory) {
  boost::system::error_code ec;
  const fs::path canonical_directory = fs::weakly_canonical(directory, ec);
  if (ec) return false;
  const fs::path canonical_path = fs::weakly_canonical(path, ec);
  if (ec) return false;
  auto inner = canonical_path.begin();
  for (auto outer = canonical_directory.begin(); outer != canonical_directory.end(); ++outer, ++inner) {
    if (inner == canonical_path.end() || *inner != *outer) return false;
  }
  return true;
}

}  // namespace

DataLocation LocateData(const std::string& executable, const char* environment_value) {
  if (environment_value && *environment_value) return {environment_value, DataDirOrigin::kEnvironment};
  if (executable.empty()) return {TEIPRESS_INSTALLED_DATA_RELATIVE, DataDirOrigin::kMissing};
  // BINDIR/<relative> as `cmake --install` lays it out; lexically normal, so that --version and
  // error messages name PREFIX/share/teipress rather than PREFIX/bin/../share/teipress.
  const fs::path installed =
      (fs::path(executable).parent_path() / TEIPRESS_INSTALLED_DATA_RELATIVE).lexically_normal();
  if (HasData(installed)) return {installed.string(), DataDirOrigin::kInstalled};
  const fs::path checkout = TEIPRESS_CHECKOUT_DATA_DIR;
  if (IsInside(executable, TEIPRESS_BUILD_DIR) && HasData(checkout)) {
    return {checkout.string(), DataDirOrigin::kCheckout};
  }
  return {installed.string(), DataDirOrigin::kMissing};
}

const DataLocation& Data() {
  static const DataLocation location = LocateData(ExecutablePath(), std::getenv("TEIPRESS_DATA_DIR"));
  return location;
}

std::string DataDir() { return Data().directory; }

std::string DataPath(const std::string& relative) { return DataDir() + "/" + relative; }

const char* DataDirOriginName(DataDirOrigin origin) {
  switch (origin) {
    case DataDirOrigin::kEnvironment:
      return "TEIPRESS_DATA_DIR";
    case DataDirOrigin::kInstalled:
      return "installed";
    case DataDirOrigin::kCheckout:
      return "checkout";
    case DataDirOrigin::kMissing:
      break;
  }
  return "missing";
}

}  // namespace teipress
