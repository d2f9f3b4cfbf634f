#include "process.h"

#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstdlib>

extern char** environ;

namespace teipress {

namespace {
bool IsExecutableFile(const std::string& path) {
  struct stat info;
  return ::stat(path.c_str(), &info) == 0 && S_ISREG(info.st_mode) && ::access(path.c_str(), X_OK) == 0;
}
}  // namespace

std::string FindOnPath(const std::string& program) {
  if (program.find('/') != std::string::npos) return IsExecutableFile(program) ? program : "";
  const char* path = std::getenv("PATH");
  std::string directories = path ? path : "/usr/bin:/bin";
  size_t start = 0;
  while (start <= directories.size()) {
    const size_t end = directories.find(':', start);
    const std::string directory = directories.substr(start, end == std::string::npos ? std::string::npos : end - start);
    const std::string candidate = (directory.empty() ? "." : directory) + "/" + program;
    if (IsExecutableFile(candidate)) return candidate;
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return "";
}

ProcessResult RunProcess(const std::vector<std::string>& arguments, const std::string& stdin_path) {
  ProcessResult result;
  int pipe_fds[2];
  // Close-on-exec: a program another thread starts meanwhile must not inherit this pipe.
  if (arguments.empty() || ::pipe2(pipe_fds, O_CLOEXEC) != 0) return result;
  // The child reports a failed exec through this pipe; a successful exec closes it unwritten.
  int exec_fds[2];
  if (::pipe2(exec_fds, O_CLOEXEC) != 0) {
    ::close(pipe_fds[0]);
    ::close(pipe_fds[1]);
    return result;
  }
  std::vector<char*> argv;
  for (const std::string& argument : arguments) argv.push_back(const_cast<char*>(argument.c_str()));
  argv.push_back(nullptr);
  const pid_t parent = ::getpid();
  // fork + exec rather than posix_spawn: the child must die with teipress (a killed build must
  // not leave FOP's JVM running and writing PDFs). Only async-signal-safe calls in the child.
  const pid_t pid = ::fork();
  if (pid < 0) {
    for (int fd : {pipe_fds[0], pipe_fds[1], exec_fds[0], exec_fds[1]}) ::close(fd);
    return result;
  }
  if (pid == 0) {
    ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    if (::getppid() != parent) ::_exit(127);  // teipress died before the line above
    const int input = ::open(stdin_path.c_str(), O_RDONLY);
    if (input >= 0 && ::dup2(input, STDIN_FILENO) >= 0 && ::dup2(pipe_fds[1], STDOUT_FILENO) >= 0 &&
        ::dup2(pipe_fds[1], STDERR_FILENO) >= 0) {
      ::execve(argv[0], argv.data(), environ);
    }
    const int error = errno;
    [[maybe_unused]] const ssize_t ignored = ::write(exec_fds[1], &error, sizeof error);
    ::_exit(127);
  }
  ::close(pipe_fds[1]);
  ::close(exec_fds[1]);
  int exec_error = 0;
  ssize_t got;
  while ((got = ::read(exec_fds[0], &exec_error, sizeof exec_error)) < 0 && errno == EINTR) {
  }
  ::close(exec_fds[0]);
  result.started = got == 0;
  char buffer[4096];
  while (true) {
    const ssize_t n = ::read(pipe_fds[0], buffer, sizeof buffer);
    if (n > 0) {
      result.output.append(buffer, static_cast<size_t>(n));
    } else if (n == 0 || errno != EINTR) {
      break;
    }
  }
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  return result;
}

}  // namespace teipress
