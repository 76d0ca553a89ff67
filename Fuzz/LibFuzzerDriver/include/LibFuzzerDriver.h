// libFuzzer's driver (compiler-rt, linked by -sanitize=fuzzer), called from HirobaFuzz's
// own main: SwiftPM gives every executable a main of its own, so libFuzzer's is not used.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
