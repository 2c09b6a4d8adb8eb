// The version string of irrepkit, set by meson at configure time.
#include "lib/version.hpp"

namespace irrepkit {
const char* version() noexcept { return IRREPKIT_VERSION; }
}  // namespace irrepkit
