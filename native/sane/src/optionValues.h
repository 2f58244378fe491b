// Option descriptors and values copied out of SANE on the SANE thread (descriptor pointers are only valid until the
// next option reload), then turned into JS objects on the JS thread.
#pragma once

#include <napi.h>
#include <sane/sane.h>

#include <string>
#include <vector>

namespace sane_addon {

struct OptionValue {
  enum class Kind { None, Bool, Number, Numbers, String } kind = Kind::None;
  bool flag = false;
  double number = 0;
  std::vector<double> numbers;
  std::string text;
};

struct OptionInfo {
  int index = 0;
  std::string name, title, desc;
  SANE_Value_Type type = SANE_TYPE_BOOL;
  SANE_Unit unit = SANE_UNIT_NONE;
  SANE_Int size = 0;
  SANE_Int cap = 0;
  SANE_Constraint_Type constraintType = SANE_CONSTRAINT_NONE;
  double min = 0, max = 0, quant = 0;
  std::vector<double> words;
  std::vector<std::string> strings;
  OptionValue value;
};

// --- SANE thread ---
// Number of options (option 0), or -1 with *status set.
int OptionCount(SANE_Handle handle, SANE_Status* status);
// Copies descriptor `index`; false for groups and nameless options (nothing to set or show).
bool ReadOption(SANE_Handle handle, int index, OptionInfo* out);
// Reads the current value when the option is active and readable; Kind::None otherwise.
OptionValue ReadValue(SANE_Handle handle, int index, const SANE_Option_Descriptor* desc);
// Case-sensitive exact match, as SANE names are lower-case by convention; -1 when absent.
int FindOption(SANE_Handle handle, const std::string& name, const SANE_Option_Descriptor** desc);

// --- JS thread ---
Napi::Value ValueToJs(Napi::Env env, const OptionValue& value);
Napi::Object OptionToJs(Napi::Env env, const OptionInfo& option);

}  // namespace sane_addon
