// Checkpoint files of training: written when a run stops (Ctrl-C or
// --stop-after) and, with the final state, at the end of `irrepkit train
// --out DIR` (the run directory, apps/run_directory.hpp); continued by
// `train --resume DIR`, analysed again by `validate DIR`.
//
// Format: one JSON object {"format": "irrepkit-training-checkpoint",
// "version": 1, "command", "group_order", "cayley_table_hash", "config",
// "state": {step, weights, optimizer moments, history, times},
// "trajectory" (validate only), "checksum"}. Every array of doubles (weights,
// moments) is a string of 16 hex digits per value, the IEEE-754 bits, so a
// resume is bit-exact (a float32 run's values are floats held exactly as
// doubles; "config.precision", absent in older files, means float64);
// scalars are JSON numbers (nlohmann writes them with round-trip precision). "checksum" is FNV-1a of the compact dump of the rest:
// a truncated or edited file is refused (bad_input naming the file), as is a
// checkpoint of another group (by the hash of the Cayley table) or command.
// Files are written atomically (lib/atomic_file.hpp).
#pragma once

#include <cstdint>
#include <filesystem>
#include <nlohmann/json_fwd.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "train/training_state.hpp"
#include "train/validation_run.hpp"

namespace irrepkit {

inline constexpr int training_checkpoint_version = 1;

struct TrainingCheckpoint {
  std::string command;  // "train" or "validate"
  TrainingState state;
  std::vector<SpectralTrajectoryPoint> trajectory;  // validate: the spectral points so far
};

std::string training_checkpoint_text(const TrainingCheckpoint& checkpoint);
// `source` names the text in messages (the file name).
TrainingCheckpoint parse_training_checkpoint(std::string_view text, const std::string& source);

void save_training_checkpoint(const std::filesystem::path& path, const TrainingCheckpoint& checkpoint);
// Throws bad_input naming `path` if it is missing, truncated, corrupted or of another version.
TrainingCheckpoint load_training_checkpoint(const std::filesystem::path& path);

// The full TrainingConfig as JSON (every field, the CLI spellings of the
// enums), as in the checkpoint's "config" and a run directory's config.json;
// the parse throws bad_input on a missing field or a value out of range.
nlohmann::json training_config_to_json(const TrainingConfig& config);
TrainingConfig training_config_from_json(const nlohmann::json& json);

// Throws bad_input naming `source` unless the checkpoint was written by
// `command` for the group with this Cayley table.
void check_training_checkpoint(const TrainingCheckpoint& checkpoint, const std::string& command,
                               const std::vector<std::uint32_t>& cayley_table, const std::string& source);

}  // namespace irrepkit
