// Writing result files atomically: the content goes to a temporary file in the
// same directory, which is then renamed over the target, so an interrupted run
// never leaves a truncated result.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace irrepkit {

// Throws bad_input naming the path if the directory is missing or unwritable.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

// Reads a whole file (or standard input for "-"); throws bad_input naming the path.
std::string read_text_file(const std::string& path);

}  // namespace irrepkit
