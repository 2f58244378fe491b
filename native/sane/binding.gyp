{
  # libsane addon. NAPI_VERSION 8 keeps one binary ABI-stable across Node and Electron (guide scanning.md §6).
  "targets": [
    {
      "target_name": "sane",
      "sources": [
        "src/addon.cc",
        "src/saneThread.cc",
        "src/handles.cc",
        "src/status.cc",
        "src/deviceJobs.cc",
        "src/optionJobs.cc",
        "src/optionValues.cc",
        "src/scanJob.cc"
      ],
      "include_dirs": ["<!(node -p \"require('node-addon-api').include_dir\")"],
      "defines": ["NAPI_VERSION=8", "NAPI_DISABLE_CPP_EXCEPTIONS", "NODE_API_NO_EXTERNAL_BUFFERS_ALLOWED"],
      "cflags_cc": ["-std=c++17", "-Wall", "-Wextra"],
      "libraries": ["-lsane"],
      "xcode_settings": {
        "CLANG_CXX_LANGUAGE_STANDARD": "c++17",
        "MACOSX_DEPLOYMENT_TARGET": "11.0",
        "OTHER_CFLAGS": ["-I/opt/homebrew/include", "-I/usr/local/include"],
        "OTHER_LDFLAGS": ["-L/opt/homebrew/lib", "-L/usr/local/lib"]
      }
    }
  ]
}
