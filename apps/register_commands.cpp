// The list of subcommands, in the order `irrepkit --help` shows them, and the
// exit code a command sets without throwing.
#include "apps/commands.hpp"

namespace irrepkit::cli {

namespace {
int exit_code_of_command = 0;
}

void set_command_exit_code(int code) noexcept { exit_code_of_command = code; }
int command_exit_code() noexcept { return exit_code_of_command; }

void register_all_commands(CLI::App& app) {
  register_info_command(app);
  register_table_command(app);
  register_irreps_command(app);
  register_fourier_command(app);
  register_train_command(app);
  register_validate_command(app);
  register_demo_command(app);
}

}  // namespace irrepkit::cli
