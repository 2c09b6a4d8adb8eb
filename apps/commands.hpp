// Registration of the irrepkit subcommands; each lives in its own command_*.cpp.
// A command reports failure by throwing irrepkit::Error, which main turns into
// a one-line message on stderr and exit code 1 or 2; a command that ends
// otherwise than with success (training stopped by Ctrl-C: 130) sets the exit
// code with set_command_exit_code.
#pragma once

#include <CLI/CLI.hpp>

namespace irrepkit::cli {

// Each register_* adds one subcommand to `app`; its callback does the work and
// reports failure by throwing irrepkit::Error.
void register_all_commands(CLI::App& app);

// The exit code main returns after a command that did not throw (default 0).
void set_command_exit_code(int code) noexcept;
int command_exit_code() noexcept;

void register_irreps_command(CLI::App& app);   // apps/command_irreps.cpp
void register_fourier_command(CLI::App& app);  // apps/command_fourier.cpp

void register_table_command(CLI::App& app);  // apps/command_table.cpp
void register_info_command(CLI::App& app);   // apps/command_info.cpp

void register_train_command(CLI::App& app);     // apps/command_train.cpp
void register_validate_command(CLI::App& app);  // apps/command_validate.cpp
void register_demo_command(CLI::App& app);      // apps/command_demo.cpp

}  // namespace irrepkit::cli
