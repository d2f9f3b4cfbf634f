/* A test-only I/O fault injector in the style of SQLite's I/O-error tests, loaded with LD_PRELOAD
 * into the teipress under test (never shipped). Environment:
 *   TEIPRESS_FAULT_CALL   write | fsync | rename | open   the call that fails
 *   TEIPRESS_FAULT_ERRNO  ENOSPC | EIO | EROFS            how it fails
 *   TEIPRESS_FAULT_PATH   a substring of the path it fails for (the file written, renamed or opened)
 * Every matching call fails; everything else goes to the C library. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/types.h>
#include <unistd.h>

/* dlsym returns an object pointer; POSIX guarantees it converts to a function pointer. */
static void* next_symbol(const char* name) { return dlsym(RTLD_NEXT, name); }
#define REAL(type, name) \
  static type real = NULL; \
  if (!real) { \
    void* symbol = next_symbol(name); \
    memcpy(&real, &symbol, sizeof real); \
  }

static int fault_errno(void) {
  const char* name = getenv("TEIPRESS_FAULT_ERRNO");
  if (!name || strcmp(name, "ENOSPC") == 0) return ENOSPC;
  if (strcmp(name, "EIO") == 0) return EIO;
  if (strcmp(name, "EROFS") == 0) return EROFS;
  return ENOSPC;
}

static int fault_here(const char* call, const char* path) {
  const char* wanted = getenv("TEIPRESS_FAULT_CALL");
  const char* pattern = getenv("TEIPRESS_FAULT_PATH");
  return wanted && pattern && path && strcmp(wanted, call) == 0 && strstr(path, pattern) != NULL;
}

static int fd_matches(const char* call, int fd) {
  char link[64], path[4096];
  snprintf(link, sizeof link, "/proc/self/fd/%d", fd);
  const ssize_t n = readlink(link, path, sizeof path - 1);
  if (n <= 0) return 0;
  path[n] = '\0';
  return fault_here(call, path);
}

ssize_t write(int fd, const void* buffer, size_t count) {
  typedef ssize_t (*real_type)(int, const void*, size_t);
  REAL(real_type, "write")
  if (fd > 2 && fd_matches("write", fd)) {
    errno = fault_errno();
    return -1;
  }
  return real(fd, buffer, count);
}

int fsync(int fd) {
  typedef int (*real_type)(int);
  REAL(real_type, "fsync")
  if (fd_matches("fsync", fd)) {
    errno = fault_errno();
    return -1;
  }
  return real(fd);
}

int rename(const char* from, const char* to) {
  typedef int (*real_type)(const char*, const char*);
  REAL(real_type, "rename")
  if (fault_here("rename", to)) {
    errno = fault_errno();
    return -1;
  }
  return real(from, to);
}

int renameat2(int from_dir, const char* from, int to_dir, const char* to, unsigned int flags) {
  typedef int (*real_type)(int, const char*, int, const char*, unsigned int);
  REAL(real_type, "renameat2")
  if (fault_here("rename", to)) {
    errno = fault_errno();
    return -1;
  }
  return real(from_dir, from, to_dir, to, flags);
}

int open(const char* path, int flags, ...) {
  typedef int (*real_type)(const char*, int, ...);
  REAL(real_type, "open")
  mode_t mode = 0;
  if (flags & O_CREAT) {
    va_list arguments;
    va_start(arguments, flags);
    mode = (mode_t)va_arg(arguments, int);
    va_end(arguments);
  }
  if ((flags & O_CREAT) && fault_here("open", path)) {
    errno = fault_errno();
    return -1;
  }
  return real(path, flags, mode);
}
