// Stage: data.
// libzip, opened when the first workbook is read (core/lazy_library.hpp): include this, not <zip.h>.
// Each function called is a macro that finds it in the library once; add a line for each new one.
#pragma once

#include "core/lazy_library.hpp"

#include <zip.h>

namespace vanban::data {
LazyLibrary& libzip_library();
}  // namespace vanban::data

// clang-format off
#define zip_discard(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_discard)(__VA_ARGS__)
#define zip_error_init(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_error_init)(__VA_ARGS__)
#define zip_fclose(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_fclose)(__VA_ARGS__)
#define zip_fopen(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_fopen)(__VA_ARGS__)
#define zip_fread(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_fread)(__VA_ARGS__)
#define zip_open_from_source(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_open_from_source)(__VA_ARGS__)
#define zip_source_buffer_create(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_buffer_create)(__VA_ARGS__)
#define zip_source_free(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_free)(__VA_ARGS__)
#define zip_stat(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_stat)(__VA_ARGS__)
#define zip_stat_init(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_stat_init)(__VA_ARGS__)
// clang-format on
