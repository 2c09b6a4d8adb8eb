// Registration of the irrepkit subcommands; each lives in its own command_*.cpp.
// A command handler returns the process exit code; irrepkit::Error thrown from
// it is turned into a one-line message on stderr and exit code 1 or 2 by main.
#pragma once

#include <CLI/CLI.hpp>

namespace irrepkit::cli {

// Each register_* adds one subcommand to `app`; its callback does the work and
// reports failure by throwing irrepkit::Error.
void register_all_commands(CLI::App& app);

void register_irreps_command(CLI::App& app);   // apps/command_irreps.cpp
void register_fourier_command(CLI::App& app);  // apps/command_fourier.cpp

void register_table_command(CLI::App& app);  // apps/command_table.cpp
void register_info_command(CLI::App& app);   // apps/command_info.cpp

void register_train_command(CLI::App& app);     // apps/command_train.cpp
void register_validate_command(CLI::App& app);  // apps/command_validate.cpp
void register_demo_command(CLI::App& app);      // apps/command_demo.cpp

}  // namespace irrepkit::cli
