// irrepkit command line: parses the subcommand with CLI11 and maps errors to
// exit codes (0 success, 1 computation or check failed, 2 bad usage or input,
// 130 training interrupted by Ctrl-C with its checkpoint saved).
// Results go to stdout, diagnostics to stderr.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <exception>
#include <iostream>

#include "apps/commands.hpp"
#include "lib/error.hpp"
#include "lib/version.hpp"

int main(int argc, char** argv) {
  CLI::App app{"irrepkit: exact character tables and unitary irreducible representations "
               "of finite groups, and networks that learn them."};
  app.set_version_flag("--version", std::string("irrepkit ") + irrepkit::version());
  app.require_subcommand(0, 1);
  irrepkit::cli::register_all_commands(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::cerr << "irrepkit: " << e.what() << " (see irrepkit --help)\n";
    return 2;
  } catch (const irrepkit::Error& e) {
    std::cerr << "irrepkit: " << e.what() << "\n";
    return irrepkit::exit_code_for(e.kind());
  } catch (const std::bad_alloc&) {
    std::cerr << "irrepkit: out of memory\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "irrepkit: internal error: " << e.what() << "\n";
    return 1;
  }
  if (argc == 1) {
    std::cout << app.help();
  }
  return irrepkit::cli::command_exit_code();
}
