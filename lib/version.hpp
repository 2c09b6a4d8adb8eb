// The version string of irrepkit (from meson's project version).
#pragma once

namespace irrepkit {
const char* version() noexcept;
}
