// `irrepkit train GROUP [options]`: train the two-layer network to predict
// g1*g2 on GROUP's Cayley table (projected Adam by default) and report loss,
// accuracy and speed; --out DIR writes result.json, weights.json, history.csv;
// --table-out FILE writes the Cayley table as JSON (bench/train.sh feeds it to PyTorch).
#include <filesystem>
#include <iostream>
#include <memory>

#include "apps/commands.hpp"
#include "apps/training_options.hpp"
#include "apps/training_report.hpp"
#include "groups/enumerated_group.hpp"
#include "groups/group_parser.hpp"
#include "lib/atomic_file.hpp"
#include "lib/error.hpp"
#include "train/train_network.hpp"

namespace irrepkit::cli {

namespace {

void run_train_command(const TrainingOptions& options) {
  TrainingConfig config = training_config_from(options);
  PermutationGroup group = parse_group(options.group);
  EnumeratedGroup enumerated(group);
  std::vector<ElementIndex> table = enumerated.cayley_table();
  // An unusable --out fails before the long work.
  if (!options.out_directory.empty()) {
    std::error_code error;
    std::filesystem::create_directories(options.out_directory, error);
    if (error || !std::filesystem::is_directory(options.out_directory)) {
      throw_bad_input("--out: cannot create directory '" + options.out_directory + "'" +
                      (error ? ": " + error.message() : ""));
    }
  }
  if (!options.table_out.empty()) {
    nlohmann::json table_json = {{"group", options.group}, {"order", enumerated.size()}, {"cayley_table", table}};
    write_file_atomically(options.table_out, table_json.dump() + "\n");
  }
  TrainingResult result = train_composition_network(table, config);
  nlohmann::json summary = training_json(config, result);
  summary["group"] = options.group;
  if (!options.out_directory.empty()) {
    std::filesystem::path directory(options.out_directory);
    write_file_atomically(directory / "result.json", summary.dump(2) + "\n");
    write_file_atomically(directory / "weights.json", weights_json(result.weights).dump() + "\n");
    write_file_atomically(directory / "history.csv", history_csv(result));
  }
  if (options.json) {
    std::cout << summary.dump(2) << "\n";
    return;
  }
  std::cout << "group " << options.group << " of order " << enumerated.size() << ": " << result.train_pairs
            << " training pairs, " << result.test_pairs << " held out\n";
  std::cout << "model: " << config.neurons << " neurons, " << to_string(config.activation) << ", "
            << (config.shared ? "shared" : "unshared") << " input weights, loss " << to_string(config.loss)
            << ", " << (config.projected ? "projected " : "unconstrained ") << to_string(config.optimizer)
            << " lr " << config.learning_rate << ", seed " << config.seed << "\n";
  std::cout << training_line(result) << "\n";
}

}  // namespace

void register_train_command(CLI::App& app) {
  auto options = std::make_shared<TrainingOptions>();
  CLI::App* command = app.add_subcommand(
      "train", "Train a two-layer network to predict g1*g2 on GROUP (projected Adam on unit spheres by default).");
  add_training_options(command, options);
  command->add_option("--table-out", options->table_out,
                      "also write the Cayley table as JSON {order, cayley_table: row-major a*b} (for bench/)");
  command->callback([options]() { run_train_command(*options); });
}

}  // namespace irrepkit::cli
