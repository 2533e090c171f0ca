// Stage: cli.
// Message table of the e-office outputs of the command line: the arrivals grid (`compile --status`), the metadata files.
#pragma once

#include "core/diagnostic.hpp"

namespace vanban::msg {

inline constexpr Message kStatusTitle{"cli.status_title", "Số liệu đã nhận — {} ({})", "Figures received — {} ({})"};
inline constexpr Message kStatusUnit{"cli.status_unit", "Đơn vị", "Unit"};
inline constexpr Message kStatusMonth{"cli.status_month", "Tháng", "Month"};
inline constexpr Message kStatusMonthN{"cli.status_month_n", "Tháng {}", "Month {}"};
inline constexpr Message kStatusArrived{"cli.status_arrived", "đã nhận", "arrived"};
inline constexpr Message kStatusMissing{"cli.status_missing", "thiếu", "missing"};
inline constexpr Message kStatusAllowed{"cli.status_allowed", "được phép thiếu", "allowed gap"};
inline constexpr Message kStatusErrors{"cli.status_errors", "có {} lỗi", "{} error(s)"};
inline constexpr Message kStatusLegend{"cli.status_legend",
                                       "Ký hiệu: ✓ đã nhận   ✗ thiếu   – được phép thiếu (cho_phep_thieu)   "
                                       "!N có N lỗi (xem dưới)",
                                       "Marks: ✓ arrived   ✗ missing   – allowed gap (cho_phep_thieu)   "
                                       "!N N errors (see below)"};
inline constexpr Message kStatusSummary{"cli.status_summary",
                                        "Đã nhận {}/{}; thiếu {}; được phép thiếu {}; có lỗi {}; lỗi khác {}",
                                        "Arrived {}/{}; missing {}; allowed gaps {}; with errors {}; other errors {}"};
inline constexpr Message kStatusComplete{"cli.status_complete", "Đủ số liệu để tổng hợp.",
                                         "Complete: the report can be compiled."};
inline constexpr Message kStatusIncomplete{"cli.status_incomplete", "Chưa tổng hợp được: còn thiếu hoặc có lỗi.",
                                           "Not ready: figures are missing or have errors."};
inline constexpr Message kStatusErrorsHeading{"cli.status_errors_heading", "Lỗi (lỗi đầu tiên của mỗi ô; đủ cả ở trên stderr):",
                                              "Errors (the first of each cell; all of them on stderr):"};
inline constexpr Message kStatusCellErrors{"cli.status_cell_errors", "{}, tháng {} ({} lỗi): {}",
                                           "{}, month {} ({} error(s)): {}"};
inline constexpr Message kStatusOther{"cli.status_other", "Lỗi khác", "Other errors"};
inline constexpr Message kStatusSheet{"cli.status_sheet", "Số liệu đã nhận", "Figures received"};
inline constexpr Message kStatusBadOutput{"cli.status_bad_output",
                                          "`--status -o {}`: bảng ghi ra tệp .csv hoặc .xlsx",
                                          "`--status -o {}`: the grid is written to a .csv or .xlsx file"};
inline constexpr Message kWroteMetadata{"cli.wrote_metadata", "đã ghi {} và {} (siêu dữ liệu cho văn bản điện tử)",
                                        "wrote {} and {} (metadata for the e-office system)"};
inline constexpr Message kStatusWrote{"cli.status_wrote", "đã ghi {}", "wrote {}"};

}  // namespace vanban::msg
