# signwatch_core_module(<module> [PUBLIC <targets>...] [PRIVATE <targets>...])
#
# One core module, core/<module>/, as the static library signwatch_core_<module>. Its headers are
# reached as "<module>/Header.h" through an include root of its own in the build folder
# (core/include/<module>/, holding only a link named <module> to the source folder), which the
# library passes on to whatever links it. core/ itself is on no include path: a source sees the
# headers of the modules its target links, and no others, so an include against the module
# directions (core/CMakeLists.txt) fails to compile with "No such file or directory".
#
# PUBLIC: modules whose headers this module's headers include (its users need them too).
# PRIVATE: modules only its .cpp files use (not passed on).
function(signwatch_core_module module)
    cmake_parse_arguments(PARSE_ARGV 1 arg "" "" "PUBLIC;PRIVATE")
    set(target signwatch_core_${module})
    set(folder "${CMAKE_CURRENT_SOURCE_DIR}")
    file(GLOB sources CONFIGURE_DEPENDS "${folder}/*.cpp" "${folder}/*.h")
    add_library(${target} STATIC ${sources})

    set(root "${PROJECT_BINARY_DIR}/core/include/${module}")
    file(MAKE_DIRECTORY "${root}")
    file(CREATE_LINK "${folder}" "${root}/${module}" SYMBOLIC)
    target_include_directories(${target} PUBLIC "$<BUILD_INTERFACE:${root}>")
    signwatch_core_guard(${target})
    target_link_libraries(${target} PUBLIC signwatch_common ${arg_PUBLIC} PRIVATE ${arg_PRIVATE})
endfunction()

# No Qt Widgets in core: the guard folder (core/guard) comes first on the include path, so that a
# source including a Widgets header fails with the guard's message.
function(signwatch_core_guard target)
    target_include_directories(${target} BEFORE PRIVATE "${PROJECT_SOURCE_DIR}/core/guard")
endfunction()
