// The list of subcommands, in the order `irrepkit --help` shows them.
#include "apps/commands.hpp"

namespace irrepkit::cli {

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
