// Runs the irrepkit binary as a user would, capturing exit status, stdout and
// stderr, for the command-line tests. The binary's path comes from meson
// (IRREPKIT_BINARY); standard input is /dev/null unless given.
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>

struct CliResult {
  int exit_code = -1;        // -1 if killed by a signal
  int signal = 0;            // the signal that killed it, if any
  std::string out, err;
};

inline std::string shell_quote(const std::string& s) {
  std::string q = "'";
  for (char c : s) {
    if (c == '\'') q += "'\\''";
    else q += c;
  }
  return q + "'";
}

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
}

// `arguments` is a shell fragment of already-quoted arguments.
inline CliResult run_irrepkit(const std::string& arguments, const std::string& stdin_text = "") {
  static int counter = 0;
  auto dir = std::filesystem::temp_directory_path() /
             ("irrepkit-cli-" + std::to_string(::getpid()) + "-" + std::to_string(counter++));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "in") << stdin_text;
  std::string command = std::string("cd ") + shell_quote(dir.string()) + " && " +
                        shell_quote(IRREPKIT_BINARY) + " " + arguments + " <in >out 2>err";
  int status = std::system(command.c_str());
  CliResult result;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
    // the shell reports a signal death of its child as 128+signal
    if (result.exit_code > 128) result.signal = result.exit_code - 128;
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  result.out = slurp(dir / "out");
  result.err = slurp(dir / "err");
  std::filesystem::remove_all(dir);
  return result;
}
