// Checkpoint files of interrupted training (see training_checkpoint.hpp).
#include "train/training_checkpoint.hpp"

#include <bit>
#include <cstring>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "lib/atomic_file.hpp"
#include "lib/error.hpp"

namespace irrepkit {

using nlohmann::json;

namespace {

constexpr const char* format_name = "irrepkit-training-checkpoint";

std::uint64_t fnv1a(const unsigned char* bytes, std::size_t size, std::uint64_t hash = 0xcbf29ce484222325ULL) {
  for (std::size_t i = 0; i < size; ++i) {
    hash ^= bytes[i];
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

std::string hex64(std::uint64_t value) { return fmt::format("{:016x}", value); }

std::uint64_t parse_hex64(std::string_view text, const std::string& what) {
  if (text.size() != 16) throw_bad_input(what + ": expected 16 hex digits");
  std::uint64_t value = 0;
  for (char c : text) {
    int digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : -1;
    if (digit < 0) throw_bad_input(what + ": not a hex digit '" + std::string(1, c) + "'");
    value = value << 4 | static_cast<std::uint64_t>(digit);
  }
  return value;
}

std::string doubles_to_hex(const std::vector<double>& values) {
  std::string text;
  text.reserve(16 * values.size());
  for (double value : values) text += hex64(std::bit_cast<std::uint64_t>(value));
  return text;
}

std::vector<double> doubles_from_hex(const std::string& text, const std::string& what) {
  if (text.size() % 16 != 0) throw_bad_input(what + ": length is not a multiple of 16 hex digits");
  std::vector<double> values(text.size() / 16);
  for (std::size_t i = 0; i < values.size(); ++i) {
    values[i] = std::bit_cast<double>(parse_hex64(std::string_view(text).substr(16 * i, 16), what));
  }
  return values;
}

json config_to_json(const TrainingConfig& c) {
  return {{"neurons", c.neurons},
          {"epochs", c.epochs},
          {"learning_rate", c.learning_rate},
          {"optimizer", to_string(c.optimizer)},
          {"projected", c.projected},
          {"activation", to_string(c.activation)},
          {"loss", to_string(c.loss)},
          {"reduction", c.reduction == LossReduction::mean ? "mean" : "sum"},
          {"shared", c.shared},
          {"input_scale", c.input_scale},
          {"output_scale", c.output_scale},
          {"weight_decay", c.weight_decay},
          {"beta1", c.beta1},
          {"beta2", c.beta2},
          {"epsilon", c.epsilon},
          {"train_fraction", c.train_fraction},
          {"seed", c.seed},
          {"stage2_scale", to_string(c.stage2_scale)},
          {"stage2_epochs", c.stage2_epochs},
          {"stage2_learning_rate", c.stage2_learning_rate},
          {"record_every", c.record_every},
          {"precision", to_string(c.precision)}};
}

TrainingConfig config_from_json(const json& j) {
  TrainingConfig c;
  c.neurons = j.at("neurons").get<std::size_t>();
  c.epochs = j.at("epochs").get<std::size_t>();
  c.learning_rate = j.at("learning_rate").get<double>();
  c.optimizer = parse_optimizer(j.at("optimizer").get<std::string>());
  c.projected = j.at("projected").get<bool>();
  c.activation = parse_activation(j.at("activation").get<std::string>());
  c.loss = parse_loss(j.at("loss").get<std::string>());
  std::string reduction = j.at("reduction").get<std::string>();
  if (reduction != "sum" && reduction != "mean") throw_bad_input("unknown reduction '" + reduction + "'");
  c.reduction = reduction == "mean" ? LossReduction::mean : LossReduction::sum;
  c.shared = j.at("shared").get<bool>();
  c.input_scale = j.at("input_scale").get<double>();
  c.output_scale = j.at("output_scale").get<double>();
  c.weight_decay = j.at("weight_decay").get<double>();
  c.beta1 = j.at("beta1").get<double>();
  c.beta2 = j.at("beta2").get<double>();
  c.epsilon = j.at("epsilon").get<double>();
  c.train_fraction = j.at("train_fraction").get<double>();
  c.seed = j.at("seed").get<std::uint64_t>();
  c.stage2_scale = parse_scale_mode(j.at("stage2_scale").get<std::string>());
  c.stage2_epochs = j.at("stage2_epochs").get<std::size_t>();
  c.stage2_learning_rate = j.at("stage2_learning_rate").get<double>();
  c.record_every = j.at("record_every").get<std::size_t>();
  // Checkpoints written before the precision setting existed come from float64 runs.
  c.precision = j.contains("precision") ? parse_precision(j.at("precision").get<std::string>()) : Precision::float64;
  validate_training_config(c);
  return c;
}

json optimizer_to_json(const OptimizerState& state) {
  auto moments = [](const std::vector<MomentMatrix>& list) {
    json array = json::array();
    for (const MomentMatrix& m : list) {
      array.push_back({{"rows", m.rows}, {"cols", m.cols}, {"values", doubles_to_hex(m.values)}});
    }
    return array;
  };
  return {{"step_count", state.step_count}, {"first_moment", moments(state.first_moment)},
          {"second_moment", moments(state.second_moment)}};
}

OptimizerState optimizer_from_json(const json& j) {
  auto moments = [](const json& array) {
    std::vector<MomentMatrix> list;
    for (const json& entry : array) {
      MomentMatrix m;
      m.rows = entry.at("rows").get<std::size_t>();
      m.cols = entry.at("cols").get<std::size_t>();
      m.values = doubles_from_hex(entry.at("values").get<std::string>(), "optimizer moments");
      if (m.values.size() != m.rows * m.cols) throw_bad_input("optimizer moments: wrong number of values");
      list.push_back(std::move(m));
    }
    return list;
  };
  OptimizerState state;
  state.step_count = j.at("step_count").get<std::int64_t>();
  state.first_moment = moments(j.at("first_moment"));
  state.second_moment = moments(j.at("second_moment"));
  return state;
}

json record_to_json(const TrainingRecord& r) {
  json j = {{"step", r.step}, {"stage", r.stage}, {"loss", r.loss}, {"train_accuracy", r.train_accuracy}};
  j["test_accuracy"] = r.test_accuracy ? json(*r.test_accuracy) : json(nullptr);
  return j;
}

TrainingRecord record_from_json(const json& j) {
  TrainingRecord r;
  r.step = j.at("step").get<std::size_t>();
  r.stage = j.at("stage").get<int>();
  r.loss = j.at("loss").get<double>();
  r.train_accuracy = j.at("train_accuracy").get<double>();
  if (!j.at("test_accuracy").is_null()) r.test_accuracy = j.at("test_accuracy").get<double>();
  return r;
}

json point_to_json(const SpectralTrajectoryPoint& p) {
  json j = {{"step", p.step},
            {"loss", p.loss},
            {"train_accuracy", p.train_accuracy},
            {"non_dominant_energy", p.non_dominant_energy},
            {"median_non_dominant_energy", p.median_non_dominant_energy},
            {"single_irrep_share", p.single_irrep_share},
            {"median_min_alignment_cosine", p.median_min_alignment_cosine},
            {"mean_omega_ratio", p.mean_omega_ratio}};
  j["phase_misalignment"] = p.phase_misalignment ? json(*p.phase_misalignment) : json(nullptr);
  return j;
}

SpectralTrajectoryPoint point_from_json(const json& j) {
  SpectralTrajectoryPoint p;
  p.step = j.at("step").get<std::size_t>();
  p.loss = j.at("loss").get<double>();
  p.train_accuracy = j.at("train_accuracy").get<double>();
  p.non_dominant_energy = j.at("non_dominant_energy").get<double>();
  p.median_non_dominant_energy = j.at("median_non_dominant_energy").get<double>();
  p.single_irrep_share = j.at("single_irrep_share").get<double>();
  p.median_min_alignment_cosine = j.at("median_min_alignment_cosine").get<double>();
  p.mean_omega_ratio = j.at("mean_omega_ratio").get<double>();
  if (!j.at("phase_misalignment").is_null()) p.phase_misalignment = j.at("phase_misalignment").get<double>();
  return p;
}

json body_to_json(const TrainingCheckpoint& checkpoint) {
  const TrainingState& s = checkpoint.state;
  const NetworkWeights& w = s.weights;
  json history = json::array();
  for (const TrainingRecord& r : s.history) history.push_back(record_to_json(r));
  json trajectory = json::array();
  for (const SpectralTrajectoryPoint& p : checkpoint.trajectory) trajectory.push_back(point_to_json(p));
  return {{"format", format_name},
          {"version", training_checkpoint_version},
          {"command", checkpoint.command},
          {"group_order", s.group_order},
          {"cayley_table_hash", hex64(s.cayley_table_hash)},
          {"config", config_to_json(s.config)},
          {"state",
           {{"step", s.step},
            {"seconds", s.seconds},
            {"cpu_seconds", s.cpu_seconds},
            {"weights",
             {{"neurons", w.neurons},
              {"group_order", w.group_order},
              {"shared", w.shared},
              {"theta1", doubles_to_hex(w.theta1)},
              {"theta2", doubles_to_hex(w.theta2)},
              {"xi", doubles_to_hex(w.xi)},
              {"neuron_scale", doubles_to_hex(w.neuron_scale)}}},
            {"optimizer", optimizer_to_json(s.optimizer)},
            {"scale_optimizer", optimizer_to_json(s.scale_optimizer)},
            {"history", history}}},
          {"trajectory", trajectory}};
}

std::uint64_t body_checksum(const json& body) {
  std::string text = body.dump();
  return fnv1a(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

TrainingCheckpoint checkpoint_from_json(json j) {
  if (!j.is_object() || j.value("format", std::string()) != format_name) {
    throw_bad_input("not an irrepkit training checkpoint");
  }
  if (j.at("version").get<int>() != training_checkpoint_version) {
    throw_bad_input("checkpoint format version " + j.at("version").dump() + " is not supported (expected " +
                    std::to_string(training_checkpoint_version) + ")");
  }
  std::uint64_t checksum = parse_hex64(j.at("checksum").get<std::string>(), "checksum");
  j.erase("checksum");
  if (body_checksum(j) != checksum) throw_bad_input("checksum mismatch: the file is corrupted or was edited");

  TrainingCheckpoint checkpoint;
  checkpoint.command = j.at("command").get<std::string>();
  TrainingState& s = checkpoint.state;
  s.group_order = j.at("group_order").get<std::size_t>();
  s.cayley_table_hash = parse_hex64(j.at("cayley_table_hash").get<std::string>(), "cayley_table_hash");
  s.config = config_from_json(j.at("config"));
  const json& state = j.at("state");
  s.step = state.at("step").get<std::size_t>();
  s.seconds = state.at("seconds").get<double>();
  s.cpu_seconds = state.at("cpu_seconds").get<double>();
  const json& w = state.at("weights");
  s.weights.neurons = w.at("neurons").get<std::size_t>();
  s.weights.group_order = w.at("group_order").get<std::size_t>();
  s.weights.shared = w.at("shared").get<bool>();
  s.weights.theta1 = doubles_from_hex(w.at("theta1").get<std::string>(), "theta1");
  s.weights.theta2 = doubles_from_hex(w.at("theta2").get<std::string>(), "theta2");
  s.weights.xi = doubles_from_hex(w.at("xi").get<std::string>(), "xi");
  s.weights.neuron_scale = doubles_from_hex(w.at("neuron_scale").get<std::string>(), "neuron_scale");
  s.optimizer = optimizer_from_json(state.at("optimizer"));
  s.scale_optimizer = optimizer_from_json(state.at("scale_optimizer"));
  for (const json& r : state.at("history")) s.history.push_back(record_from_json(r));
  for (const json& p : j.at("trajectory")) checkpoint.trajectory.push_back(point_from_json(p));
  return checkpoint;
}

}  // namespace

std::uint64_t cayley_table_hash(const std::vector<std::uint32_t>& cayley_table) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (std::uint32_t entry : cayley_table) {
    unsigned char bytes[4] = {static_cast<unsigned char>(entry), static_cast<unsigned char>(entry >> 8),
                              static_cast<unsigned char>(entry >> 16), static_cast<unsigned char>(entry >> 24)};
    hash = fnv1a(bytes, 4, hash);
  }
  return hash;
}

json training_config_to_json(const TrainingConfig& config) { return config_to_json(config); }

TrainingConfig training_config_from_json(const json& j) {
  try {
    return config_from_json(j);
  } catch (const json::exception& e) {
    throw_bad_input(std::string("training settings: ") + e.what());
  }
}

std::string training_checkpoint_text(const TrainingCheckpoint& checkpoint) {
  json body = body_to_json(checkpoint);
  std::uint64_t checksum = body_checksum(body);
  body["checksum"] = hex64(checksum);
  return body.dump() + "\n";
}

TrainingCheckpoint parse_training_checkpoint(std::string_view text, const std::string& source) {
  try {
    return checkpoint_from_json(json::parse(text));
  } catch (const json::exception& e) {
    throw_bad_input("checkpoint " + source + ": truncated or malformed (" + e.what() + ")");
  } catch (const Error& e) {
    throw Error(e.kind(), "checkpoint " + source + ": " + e.what());
  }
}

void save_training_checkpoint(const std::filesystem::path& path, const TrainingCheckpoint& checkpoint) {
  write_file_atomically(path, training_checkpoint_text(checkpoint));
}

TrainingCheckpoint load_training_checkpoint(const std::filesystem::path& path) {
  return parse_training_checkpoint(read_text_file(path.string()), path.string());
}

void check_training_checkpoint(const TrainingCheckpoint& checkpoint, const std::string& command,
                               const std::vector<std::uint32_t>& cayley_table, const std::string& source) {
  if (checkpoint.command != command) {
    throw_bad_input("checkpoint " + source + " was written by `irrepkit " + checkpoint.command +
                    "`; resume it with that command");
  }
  std::size_t order = 1;
  while (order * order < cayley_table.size()) ++order;
  if (checkpoint.state.group_order != order || checkpoint.state.cayley_table_hash != cayley_table_hash(cayley_table)) {
    throw_bad_input("checkpoint " + source + " belongs to another group (order " +
                    std::to_string(checkpoint.state.group_order) + ", Cayley table hash " +
                    hex64(checkpoint.state.cayley_table_hash) + "; this group has order " + std::to_string(order) +
                    ", hash " + hex64(cayley_table_hash(cayley_table)) + ")");
  }
}

}  // namespace irrepkit
