// Small self-contained SVG charts for reports (line charts with optional log
// scale, bar charts, scatters of angles on unit circles). Output is a complete SVG document as a string; no
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

// One unit circle of a phase_circles_svg: its label (lines separated by '\n',
// two fit) and, per series, the angles (radians) drawn as dots at (cos a, sin a).
struct CirclePanel {
  std::string label;
  std::vector<std::vector<double>> angles;  // one list per series
};

// Small multiples of unit circles (up to 4 per row), the series in the
// palette's colours with a legend naming `series_labels`; non-finite angles
// are skipped. For phases (uniform on the circle or clustered).
std::string phase_circles_svg(const std::string& title, const std::vector<std::string>& series_labels,
                              const std::vector<CirclePanel>& panels);

}  // namespace irrepkit
