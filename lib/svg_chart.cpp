// SVG line and bar charts: a fixed 640x400 canvas, axes with 5 ticks, a legend;
// phase circles: 640 wide, 160 per row of four circles.
#include "lib/svg_chart.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <limits>
#include <sstream>

namespace irrepkit {

namespace {

constexpr double width = 640, height = 400;
constexpr double left = 70, right = 20, top = 40, bottom = 60;
const char* const palette[] = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e",
                               "#9467bd", "#8c564b", "#e377c2", "#17becf"};

std::string escape(const std::string& text) {
  std::string out;
  for (char c : text) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string number(double v) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.3g", v);
  return buffer;
}

void header(std::ostringstream& svg, const ChartLabels& labels) {
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
      << "\" viewBox=\"0 0 " << width << " " << height << "\" font-family=\"sans-serif\" "
      << "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"" << width / 2 << "\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">"
      << escape(labels.title) << "</text>\n"
      << "<text x=\"" << (left + width - right) / 2 << "\" y=\"" << height - 15
      << "\" text-anchor=\"middle\">" << escape(labels.x_label) << "</text>\n"
      << "<text transform=\"translate(16," << (top + height - bottom) / 2
      << ") rotate(-90)\" text-anchor=\"middle\">" << escape(labels.y_label) << "</text>\n"
      << "<rect x=\"" << left << "\" y=\"" << top << "\" width=\"" << width - left - right
      << "\" height=\"" << height - top - bottom << "\" fill=\"none\" stroke=\"#444\"/>\n";
}

}  // namespace

std::string line_chart_svg(const ChartLabels& labels, const std::vector<ChartSeries>& series,
                           bool log_y) {
  double x_min = std::numeric_limits<double>::infinity(), x_max = -x_min;
  double y_min = x_min, y_max = -x_min;
  auto usable = [&](double x, double y) {
    return std::isfinite(x) && std::isfinite(y) && (!log_y || y > 0);
  };
  for (const auto& s : series) {
    for (std::size_t i = 0; i < std::min(s.x.size(), s.y.size()); ++i) {
      if (!usable(s.x[i], s.y[i])) continue;
      double y = log_y ? std::log10(s.y[i]) : s.y[i];
      x_min = std::min(x_min, s.x[i]);
      x_max = std::max(x_max, s.x[i]);
      y_min = std::min(y_min, y);
      y_max = std::max(y_max, y);
    }
  }
  if (!std::isfinite(x_min)) { x_min = 0; x_max = 1; y_min = 0; y_max = 1; }
  if (x_max == x_min) x_max = x_min + 1;
  if (y_max == y_min) { y_max += 0.5; y_min -= 0.5; }
  double plot_w = width - left - right, plot_h = height - top - bottom;
  auto sx = [&](double x) { return left + (x - x_min) / (x_max - x_min) * plot_w; };
  auto sy = [&](double y) { return top + plot_h - (y - y_min) / (y_max - y_min) * plot_h; };

  std::ostringstream svg;
  header(svg, labels);
  for (int t = 0; t <= 4; ++t) {
    double fx = x_min + (x_max - x_min) * t / 4, fy = y_min + (y_max - y_min) * t / 4;
    svg << "<text x=\"" << sx(fx) << "\" y=\"" << top + plot_h + 16
        << "\" text-anchor=\"middle\">" << number(fx) << "</text>\n";
    svg << "<text x=\"" << left - 6 << "\" y=\"" << sy(fy) + 4 << "\" text-anchor=\"end\">"
        << (log_y ? number(std::pow(10.0, fy)) : number(fy)) << "</text>\n";
    svg << "<line x1=\"" << left << "\" x2=\"" << left + plot_w << "\" y1=\"" << sy(fy)
        << "\" y2=\"" << sy(fy) << "\" stroke=\"#ddd\"/>\n";
  }
  for (std::size_t k = 0; k < series.size(); ++k) {
    const auto& s = series[k];
    const char* colour = palette[k % 8];
    svg << "<polyline fill=\"none\" stroke-width=\"1.8\" stroke=\"" << colour << "\" points=\"";
    for (std::size_t i = 0; i < std::min(s.x.size(), s.y.size()); ++i) {
      if (!usable(s.x[i], s.y[i])) continue;
      svg << sx(s.x[i]) << "," << sy(log_y ? std::log10(s.y[i]) : s.y[i]) << " ";
    }
    svg << "\"/>\n";
    double ly = top + 14 + 16.0 * static_cast<double>(k);
    svg << "<rect x=\"" << left + plot_w - 170 << "\" y=\"" << ly - 9
        << "\" width=\"12\" height=\"3\" fill=\"" << colour << "\"/>"
        << "<text x=\"" << left + plot_w - 152 << "\" y=\"" << ly << "\">" << escape(s.label)
        << "</text>\n";
  }
  svg << "</svg>\n";
  return svg.str();
}

std::string bar_chart_svg(const ChartLabels& labels, const std::vector<std::string>& categories,
                          const std::vector<double>& values) {
  double y_max = 0;
  for (double v : values)
    if (std::isfinite(v)) y_max = std::max(y_max, v);
  if (y_max <= 0) y_max = 1;
  double plot_w = width - left - right, plot_h = height - top - bottom;
  std::size_t n = std::max<std::size_t>(1, std::min(categories.size(), values.size()));
  double slot = plot_w / static_cast<double>(n);
  std::ostringstream svg;
  header(svg, labels);
  for (int t = 0; t <= 4; ++t) {
    double fy = y_max * t / 4;
    double y = top + plot_h - fy / y_max * plot_h;
    svg << "<text x=\"" << left - 6 << "\" y=\"" << y + 4 << "\" text-anchor=\"end\">"
        << number(fy) << "</text>\n";
  }
  for (std::size_t i = 0; i < std::min(categories.size(), values.size()); ++i) {
    double v = std::isfinite(values[i]) ? std::max(0.0, values[i]) : 0;
    double h = v / y_max * plot_h;
    double x = left + slot * static_cast<double>(i) + slot * 0.15;
    svg << "<rect x=\"" << x << "\" y=\"" << top + plot_h - h << "\" width=\"" << slot * 0.7
        << "\" height=\"" << h << "\" fill=\"" << palette[0] << "\"/>\n";
    svg << "<text x=\"" << x + slot * 0.35 << "\" y=\"" << top + plot_h + 16
        << "\" text-anchor=\"middle\">" << escape(categories[i]) << "</text>\n";
  }
  svg << "</svg>\n";
  return svg.str();
}

std::string phase_circles_svg(const std::string& title, const std::vector<std::string>& series_labels,
                              const std::vector<CirclePanel>& panels) {
  constexpr std::size_t columns = 4;
  constexpr double cell = width / columns, radius = 52, legend_height = 24, title_height = 34;
  std::size_t rows = std::max<std::size_t>(1, (panels.size() + columns - 1) / columns);
  double total_height = title_height + legend_height + cell * static_cast<double>(rows);
  std::ostringstream svg;
  svg << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << total_height
      << "\" viewBox=\"0 0 " << width << " " << total_height << "\" font-family=\"sans-serif\" "
      << "font-size=\"12\">\n<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n"
      << "<text x=\"" << width / 2 << "\" y=\"22\" text-anchor=\"middle\" font-size=\"15\">" << escape(title)
      << "</text>\n";
  for (std::size_t k = 0; k < series_labels.size(); ++k) {
    double lx = 20 + 160.0 * static_cast<double>(k);
    svg << "<circle cx=\"" << lx << "\" cy=\"" << title_height + 8 << "\" r=\"4\" fill=\"" << palette[k % 8]
        << "\"/><text x=\"" << lx + 10 << "\" y=\"" << title_height + 12 << "\">" << escape(series_labels[k])
        << "</text>\n";
  }
  for (std::size_t p = 0; p < panels.size(); ++p) {
    double cx = cell * (static_cast<double>(p % columns) + 0.5);
    double cy = title_height + legend_height + cell * (static_cast<double>(p / columns) + 0.5) - 8;
    svg << "<circle cx=\"" << cx << "\" cy=\"" << cy << "\" r=\"" << radius
        << "\" fill=\"none\" stroke=\"#444\"/>\n"
        << "<line x1=\"" << cx - radius - 4 << "\" x2=\"" << cx + radius + 4 << "\" y1=\"" << cy << "\" y2=\""
        << cy << "\" stroke=\"#ddd\"/><line x1=\"" << cx << "\" x2=\"" << cx << "\" y1=\"" << cy - radius - 4
        << "\" y2=\"" << cy + radius + 4 << "\" stroke=\"#ddd\"/>\n"
        ;
    // The label below the circle, one text line per '\n'-separated part.
    std::size_t line = 0, start = 0;
    const std::string& label = panels[p].label;
    while (start <= label.size()) {
      std::size_t end = std::min(label.find('\n', start), label.size());
      svg << "<text x=\"" << cx << "\" y=\"" << cy + radius + 18 + 13.0 * static_cast<double>(line)
          << "\" text-anchor=\"middle\">" << escape(label.substr(start, end - start)) << "</text>\n";
      start = end + 1;
      ++line;
    }
    for (std::size_t k = 0; k < panels[p].angles.size(); ++k) {
      // Series drawn slightly inside one another so coinciding phases stay visible.
      double r = radius * (1.0 - 0.08 * static_cast<double>(k));
      for (double angle : panels[p].angles[k]) {
        if (!std::isfinite(angle)) continue;
        svg << "<circle cx=\"" << cx + r * std::cos(angle) << "\" cy=\"" << cy - r * std::sin(angle)
            << "\" r=\"2.5\" fill=\"" << palette[k % 8] << "\" fill-opacity=\"0.6\"/>\n";
      }
    }
  }
  svg << "</svg>\n";
  return svg.str();
}

}  // namespace irrepkit
