// `irrepkit table GROUP [--json] [--gap FILE] [--stats]`: the exact character
// table of GROUP (Dixon-Schneider, verified), displayed as GAP displays it,
// or as JSON on stdout, and optionally as a file GAP can Read.
#include <ctime>
#include <iostream>
#include <memory>
#include <string>

#include "apps/commands.hpp"
#include "groups/conjugacy_classes.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "irreps/character_table.hpp"
#include "irreps/character_table_display.hpp"
#include "irreps/character_table_export.hpp"
#include "lib/atomic_file.hpp"

namespace irrepkit::cli {

namespace {

struct TableOptions {
  std::string group;
  bool json = false;
  std::string gap_file;
  bool statistics = false;
};

void run_table_command(const TableOptions& options) {
  PermutationGroup group = parse_group(options.group);
  EnumeratedGroup enumerated(group);
  ConjugacyClasses classes(enumerated);
  CharacterTableStatistics statistics;
  CharacterTable table = compute_character_table(classes, &statistics);
  // The --gap file first: an unwritable path fails before anything is printed.
  if (!options.gap_file.empty()) write_file_atomically(options.gap_file, character_table_gap(table));
  if (options.json) {
    std::cout << character_table_json(table).dump() << "\n";
  } else {
    std::cout << display_character_table(table);
  }
  if (options.statistics) {
    std::cerr << "prime " << statistics.prime << ", " << statistics.class_products << " group products, "
              << statistics.splits << " splits, " << statistics.found_by_splitting << " characters by splitting, "
              << statistics.found_cheaply << " as Galois conjugates or linear twists, "
              << static_cast<long>(1000.0 * static_cast<double>(std::clock()) / CLOCKS_PER_SEC) << " ms CPU\n";
  }
}

}  // namespace

void register_table_command(CLI::App& app) {
  auto options = std::make_shared<TableOptions>();
  CLI::App* command = app.add_subcommand(
      "table", "Exact character table of GROUP (Dixon-Schneider), verified by both orthogonality relations.");
  command->add_option("GROUP", options->group,
                      "the group: Group((1,2,3),(1,2)), S5, PSL(2,11), MathieuGroup(11), @file.g, ...")
      ->required();
  command->add_flag("--json", options->json, "print the table as JSON instead of GAP's display");
  command->add_option("--gap", options->gap_file,
                      "also write a file GAP can Read (defines G and irrepkit_irr, the characters as class functions)");
  command->add_flag("--stats", options->statistics, "print what the computation did on stderr");
  command->callback([options]() { run_table_command(*options); });
}

}  // namespace irrepkit::cli
