// Atomic file writes (temporary file + rename) and whole-file reads.
#include "lib/atomic_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "lib/error.hpp"

namespace irrepkit {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  std::filesystem::path directory = path.parent_path();
  if (directory.empty()) directory = ".";
  // Built by appends: gcc 12 warns (-Wrestrict, a false positive) on "." + string.
  std::string temporary_name(1, '.');
  temporary_name.append(path.filename().string()).append(".tmp-XXXXXX");
  std::string pattern = (directory / temporary_name).string();
  int fd = ::mkstemp(pattern.data());
  if (fd < 0) {
    throw_bad_input("cannot write '" + path.string() + "': " + std::strerror(errno));
  }
  std::size_t written = 0;
  while (written < content.size()) {
    ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      int saved = errno;
      ::close(fd);
      ::unlink(pattern.c_str());
      throw_bad_input("cannot write '" + path.string() + "': " + std::strerror(saved));
    }
    written += static_cast<std::size_t>(n);
  }
  ::fchmod(fd, 0644);
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    int saved = errno;
    ::unlink(pattern.c_str());
    throw_bad_input("cannot write '" + path.string() + "': " + std::strerror(saved));
  }
  if (::rename(pattern.c_str(), path.c_str()) != 0) {
    int saved = errno;
    ::unlink(pattern.c_str());
    throw_bad_input("cannot write '" + path.string() + "': " + std::strerror(saved));
  }
}

std::string read_text_file(const std::string& path) {
  if (path == "-") {
    std::ostringstream buffer;
    buffer << std::cin.rdbuf();
    return buffer.str();
  }
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    throw_bad_input("cannot read '" + path + "': it is a directory");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw_bad_input("cannot read '" + path + "': " + std::strerror(errno));
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) throw_bad_input("cannot read '" + path + "'");
  return text;
}

}  // namespace irrepkit
