// Stage: data.
// libzip, opened when the first workbook or Word file is read or written (core/lazy_library.hpp): include this, not <zip.h>.
// Each function called is a macro that finds it in the library once; add a line for each new one.
#pragma once

#include "core/lazy_library.hpp"

#include <zip.h>

namespace vanban::data {
LazyLibrary& libzip_library();
}  // namespace vanban::data

// clang-format off
#define zip_close(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_close)(__VA_ARGS__)
#define zip_discard(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_discard)(__VA_ARGS__)
#define zip_error_fini(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_error_fini)(__VA_ARGS__)
#define zip_error_init(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_error_init)(__VA_ARGS__)
#define zip_error_strerror(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_error_strerror)(__VA_ARGS__)
#define zip_fclose(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_fclose)(__VA_ARGS__)
#define zip_file_add(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_file_add)(__VA_ARGS__)
#define zip_file_set_dostime(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_file_set_dostime)(__VA_ARGS__)
#define zip_fopen(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_fopen)(__VA_ARGS__)
#define zip_fread(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_fread)(__VA_ARGS__)
#define zip_name_locate(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_name_locate)(__VA_ARGS__)
#define zip_open_from_source(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_open_from_source)(__VA_ARGS__)
#define zip_set_file_compression(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_set_file_compression)(__VA_ARGS__)
#define zip_source_buffer(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_buffer)(__VA_ARGS__)
#define zip_source_buffer_create(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_buffer_create)(__VA_ARGS__)
#define zip_source_close(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_close)(__VA_ARGS__)
#define zip_source_error(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_error)(__VA_ARGS__)
#define zip_source_free(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_free)(__VA_ARGS__)
#define zip_source_keep(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_keep)(__VA_ARGS__)
#define zip_source_open(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_open)(__VA_ARGS__)
#define zip_source_read(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_source_read)(__VA_ARGS__)
#define zip_stat(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_stat)(__VA_ARGS__)
#define zip_stat_init(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_stat_init)(__VA_ARGS__)
#define zip_strerror(...) VANBAN_LAZY(::vanban::data::libzip_library(), zip_strerror)(__VA_ARGS__)
// clang-format on
