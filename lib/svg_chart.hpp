// Small self-contained SVG charts for reports (line charts with optional log
// scale, bar charts). Output is a complete SVG document as a string; no
// external fonts or scripts, so it renders in a browser and on GitHub.
#pragma once

#include <string>
#include <vector>

namespace irrepkit {

struct ChartSeries {
  std::string label;
  std::vector<double> x;
  std::vector<double> y;
};

struct ChartLabels {
  std::string title;
  std::string x_label;
  std::string y_label;
};

// Non-finite points (and, with log_y, non-positive ones) are skipped.
std::string line_chart_svg(const ChartLabels& labels, const std::vector<ChartSeries>& series,
                           bool log_y = false);

std::string bar_chart_svg(const ChartLabels& labels, const std::vector<std::string>& categories,
                          const std::vector<double>& values);

}  // namespace irrepkit
