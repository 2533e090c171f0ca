// Stage: xlsx.
// libxlsxwriter, opened when the first workbook is written (core/lazy_library.hpp): include this, not <xlsxwriter.h>.
// Each function the writer calls is a macro that finds it in the library once.
#pragma once

#include "core/lazy_library.hpp"

#include <xlsxwriter.h>

namespace vanban::xlsx {
LazyLibrary& xlsxwriter_library();
}  // namespace vanban::xlsx

// clang-format off
#define format_set_align(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_align)(__VA_ARGS__)
#define format_set_bg_color(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_bg_color)(__VA_ARGS__)
#define format_set_bold(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_bold)(__VA_ARGS__)
#define format_set_border(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_border)(__VA_ARGS__)
#define format_set_font_name(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_font_name)(__VA_ARGS__)
#define format_set_font_size(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_font_size)(__VA_ARGS__)
#define format_set_italic(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_italic)(__VA_ARGS__)
#define format_set_num_format(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_num_format)(__VA_ARGS__)
#define format_set_text_wrap(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), format_set_text_wrap)(__VA_ARGS__)
#define lxw_strerror(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), lxw_strerror)(__VA_ARGS__)
#define workbook_add_format(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), workbook_add_format)(__VA_ARGS__)
#define workbook_add_worksheet(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), workbook_add_worksheet)(__VA_ARGS__)
#define workbook_close(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), workbook_close)(__VA_ARGS__)
#define workbook_new(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), workbook_new)(__VA_ARGS__)
#define workbook_new_opt(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), workbook_new_opt)(__VA_ARGS__)
#define workbook_set_properties(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), workbook_set_properties)(__VA_ARGS__)
#define worksheet_fit_to_pages(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_fit_to_pages)(__VA_ARGS__)
#define worksheet_freeze_panes(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_freeze_panes)(__VA_ARGS__)
#define worksheet_merge_range(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_merge_range)(__VA_ARGS__)
#define worksheet_repeat_rows(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_repeat_rows)(__VA_ARGS__)
#define worksheet_set_column(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_column)(__VA_ARGS__)
#define worksheet_set_footer(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_footer)(__VA_ARGS__)
#define worksheet_set_landscape(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_landscape)(__VA_ARGS__)
#define worksheet_set_margins(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_margins)(__VA_ARGS__)
#define worksheet_set_paper(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_paper)(__VA_ARGS__)
#define worksheet_set_portrait(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_portrait)(__VA_ARGS__)
#define worksheet_set_row(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_set_row)(__VA_ARGS__)
#define worksheet_write_blank(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_write_blank)(__VA_ARGS__)
#define worksheet_write_formula_num(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_write_formula_num)(__VA_ARGS__)
#define worksheet_write_formula_str(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_write_formula_str)(__VA_ARGS__)
#define worksheet_write_number(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_write_number)(__VA_ARGS__)
#define worksheet_write_string(...) VANBAN_LAZY(::vanban::xlsx::xlsxwriter_library(), worksheet_write_string)(__VA_ARGS__)
// clang-format on
