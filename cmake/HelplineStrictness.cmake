# SPDX-License-Identifier: GPL-3.0-or-later
# Strictness in one place: every Helpline target calls helpline_strict(<target>).

option(HELPLINE_WARNINGS_AS_ERRORS "Treat compiler warnings as errors" OFF)

function(helpline_strict target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_NO_CONTEXTLESS_CONNECT
        QT_NO_FOREACH
        QT_NO_KEYWORDS
        QT_DISABLE_DEPRECATED_UP_TO=0x060800)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow=local
        -Wnon-virtual-dtor -Woverloaded-virtual -Wcast-qual)
    if(HELPLINE_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
