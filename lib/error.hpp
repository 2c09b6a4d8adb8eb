// The one exception type of irrepkit, and the kinds of failure it separates.
//
// Conventions (see STYLE.md, FLINT's gr layer): "bad_input" is the user's
// fault (a malformed expression, a non-permutation): the CLI exits with 2.
// "undefined" is a mathematically undefined request (division by zero).
// "unable" means this implementation cannot (a group too large to enumerate).
// "check_failed" means a verification identity failed: a bug report.
// Messages name what went wrong and where (a position in the text, a file).
#pragma once

#include <stdexcept>
#include <string>

namespace irrepkit {

enum class ErrorKind { bad_input, undefined, unable, check_failed };

class Error : public std::runtime_error {
 public:
  Error(ErrorKind kind, const std::string& message) : std::runtime_error(message), _kind(kind) {}
  ErrorKind kind() const noexcept { return _kind; }

 private:
  ErrorKind _kind;
};

[[noreturn]] inline void throw_bad_input(const std::string& message) {
  throw Error(ErrorKind::bad_input, message);
}
[[noreturn]] inline void throw_undefined(const std::string& message) {
  throw Error(ErrorKind::undefined, message);
}
[[noreturn]] inline void throw_unable(const std::string& message) {
  throw Error(ErrorKind::unable, message);
}
[[noreturn]] inline void throw_check_failed(const std::string& message) {
  throw Error(ErrorKind::check_failed, message);
}

// Exit code for the CLI: 2 for bad usage or input, 1 for a failed computation.
inline int exit_code_for(ErrorKind kind) {
  return (kind == ErrorKind::bad_input || kind == ErrorKind::undefined) ? 2 : 1;
}

}  // namespace irrepkit
