// Replays files through the fuzz target without libFuzzer, so that the test suite exercises the
// target's invariants on every compiler: `convert_fuzz_replay FILE...` exits 0 when all pass.
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

// Optional, as for libFuzzer: a target without one-time set-up does not define it.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int* argc, char*** argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char** argv) {
  if (LLVMFuzzerInitialize) LLVMFuzzerInitialize(&argc, &argv);
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot read %s\n", argv[i]);
      return 2;
    }
    std::ostringstream buffer;
    buffer << in.rdbuf();
    const std::string bytes = buffer.str();
    LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  }
  std::printf("%d passed, 0 failed\n", argc - 1);
  return 0;
}
