// The version string is meson's project version.
#include <doctest/doctest.h>

#include <string>

#include "lib/version.hpp"

TEST_CASE("version/001: the version string is set") {
  CHECK(std::string(irrepkit::version()) == "0.1.0");
}
