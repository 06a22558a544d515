// Placed first on core's include path: every Qt Widgets header includes this file, so a core
// source that includes any widget fails to build here (conventions: core links no Widgets).
#error "core/ must not include Qt Widgets headers: move the code to ui/"
