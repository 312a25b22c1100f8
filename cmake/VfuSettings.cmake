# One interface target carries the language standard, the warnings and Qt's safety defines,
# so that every target of the project is built the same way.
add_library(vfu_settings INTERFACE)
target_compile_features(vfu_settings INTERFACE cxx_std_20)
target_compile_definitions(vfu_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_UP_TO=0x060000)
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(vfu_settings INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

if(MSVC)
    target_compile_options(vfu_settings INTERFACE /W4 /permissive- /utf-8)
    if(VFU_WARNINGS_AS_ERRORS)
        target_compile_options(vfu_settings INTERFACE /WX)
    endif()
else()
    target_compile_options(vfu_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
        -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Woverloaded-virtual)
    if(VFU_WARNINGS_AS_ERRORS)
        target_compile_options(vfu_settings INTERFACE -Werror)
    endif()
endif()

# The layers of DESIGN.md: core must never reach for Widgets or for ui. Linking only Qt Core
# and Qt Sql is not enough to stop an include (Qt's include root holds every module), so the
# build itself reads core's sources and stops at the first such include.
add_custom_target(vfu_check_layers
    COMMAND ${CMAKE_COMMAND} -DCORE_DIR=${PROJECT_SOURCE_DIR}/core
            -P ${PROJECT_SOURCE_DIR}/cmake/CheckLayers.cmake
    COMMENT "Checking that core includes no Widgets or ui header"
    VERBATIM)
