#include "optionValues.h"

namespace sane_addon {

namespace {

double Unfix(SANE_Value_Type type, SANE_Word w) {
  return type == SANE_TYPE_FIXED ? SANE_UNFIX(w) : static_cast<double>(w);
}

const char* TypeName(SANE_Value_Type type) {
  switch (type) {
    case SANE_TYPE_BOOL: return "bool";
    case SANE_TYPE_INT: return "int";
    case SANE_TYPE_FIXED: return "fixed";
    case SANE_TYPE_STRING: return "string";
    case SANE_TYPE_BUTTON: return "button";
    default: return "group";
  }
}

const char* UnitName(SANE_Unit unit) {
  static const char* names[] = {"none", "pixel", "bit", "mm", "dpi", "percent", "microsecond"};
  int i = static_cast<int>(unit);
  return i >= 0 && i < 7 ? names[i] : "none";
}

void CopyConstraint(const SANE_Option_Descriptor* d, OptionInfo* out) {
  out->constraintType = d->constraint_type;
  if (d->constraint_type == SANE_CONSTRAINT_RANGE && d->constraint.range != nullptr) {
    out->min = Unfix(d->type, d->constraint.range->min);
    out->max = Unfix(d->type, d->constraint.range->max);
    out->quant = Unfix(d->type, d->constraint.range->quant);
  } else if (d->constraint_type == SANE_CONSTRAINT_WORD_LIST && d->constraint.word_list != nullptr) {
    // The first word is the list's length.
    for (SANE_Int i = 1; i <= d->constraint.word_list[0]; ++i) out->words.push_back(Unfix(d->type, d->constraint.word_list[i]));
  } else if (d->constraint_type == SANE_CONSTRAINT_STRING_LIST && d->constraint.string_list != nullptr) {
    for (size_t i = 0; d->constraint.string_list[i] != nullptr; ++i) out->strings.emplace_back(d->constraint.string_list[i]);
  }
}

}  // namespace

int OptionCount(SANE_Handle handle, SANE_Status* status) {
  SANE_Int count = 0;
  *status = sane_control_option(handle, 0, SANE_ACTION_GET_VALUE, &count, nullptr);
  return *status == SANE_STATUS_GOOD ? count : -1;
}

bool ReadOption(SANE_Handle handle, int index, OptionInfo* out) {
  const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, index);
  if (d == nullptr || d->type == SANE_TYPE_GROUP || d->name == nullptr || d->name[0] == '\0') return false;
  out->index = index;
  out->name = d->name;
  out->title = d->title != nullptr ? d->title : "";
  out->desc = d->desc != nullptr ? d->desc : "";
  out->type = d->type;
  out->unit = d->unit;
  out->size = d->size;
  out->cap = d->cap;
  CopyConstraint(d, out);
  out->value = ReadValue(handle, index, d);
  return true;
}

OptionValue ReadValue(SANE_Handle handle, int index, const SANE_Option_Descriptor* d) {
  OptionValue v;
  if (!SANE_OPTION_IS_ACTIVE(d->cap) || (d->cap & SANE_CAP_SOFT_DETECT) == 0 || d->size <= 0) return v;
  if (d->type == SANE_TYPE_BUTTON || d->type == SANE_TYPE_GROUP) return v;
  std::vector<SANE_Byte> buf(static_cast<size_t>(d->size) + 1, 0);
  if (sane_control_option(handle, index, SANE_ACTION_GET_VALUE, buf.data(), nullptr) != SANE_STATUS_GOOD) return v;
  if (d->type == SANE_TYPE_STRING) {
    v.kind = OptionValue::Kind::String;
    v.text = reinterpret_cast<const char*>(buf.data());
    return v;
  }
  const auto* words = reinterpret_cast<const SANE_Word*>(buf.data());
  size_t n = static_cast<size_t>(d->size) / sizeof(SANE_Word);
  if (d->type == SANE_TYPE_BOOL) {
    v.kind = OptionValue::Kind::Bool;
    v.flag = words[0] != SANE_FALSE;
  } else if (n == 1) {
    v.kind = OptionValue::Kind::Number;
    v.number = Unfix(d->type, words[0]);
  } else {
    v.kind = OptionValue::Kind::Numbers;
    for (size_t i = 0; i < n; ++i) v.numbers.push_back(Unfix(d->type, words[i]));
  }
  return v;
}

int FindOption(SANE_Handle handle, const std::string& name, const SANE_Option_Descriptor** desc) {
  SANE_Status status;
  int count = OptionCount(handle, &status);
  for (int i = 1; i < count; ++i) {
    const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, i);
    if (d != nullptr && d->name != nullptr && name == d->name) {
      *desc = d;
      return i;
    }
  }
  return -1;
}

Napi::Value ValueToJs(Napi::Env env, const OptionValue& v) {
  switch (v.kind) {
    case OptionValue::Kind::Bool: return Napi::Boolean::New(env, v.flag);
    case OptionValue::Kind::Number: return Napi::Number::New(env, v.number);
    case OptionValue::Kind::String: return Napi::String::New(env, v.text);
    case OptionValue::Kind::Numbers: {
      Napi::Array a = Napi::Array::New(env, v.numbers.size());
      for (size_t i = 0; i < v.numbers.size(); ++i) a.Set(static_cast<uint32_t>(i), v.numbers[i]);
      return a;
    }
    default: return env.Null();
  }
}

Napi::Value ConstraintToJs(Napi::Env env, const OptionInfo& o) {
  Napi::Object c = Napi::Object::New(env);
  if (o.constraintType == SANE_CONSTRAINT_RANGE) {
    c.Set("kind", "range");
    c.Set("min", o.min);
    c.Set("max", o.max);
    c.Set("quant", o.quant);
  } else if (o.constraintType == SANE_CONSTRAINT_WORD_LIST) {
    Napi::Array a = Napi::Array::New(env, o.words.size());
    for (size_t i = 0; i < o.words.size(); ++i) a.Set(static_cast<uint32_t>(i), o.words[i]);
    c.Set("kind", "wordList");
    c.Set("values", a);
  } else if (o.constraintType == SANE_CONSTRAINT_STRING_LIST) {
    Napi::Array a = Napi::Array::New(env, o.strings.size());
    for (size_t i = 0; i < o.strings.size(); ++i) a.Set(static_cast<uint32_t>(i), o.strings[i]);
    c.Set("kind", "stringList");
    c.Set("values", a);
  } else {
    return env.Null();
  }
  return c;
}

Napi::Object OptionToJs(Napi::Env env, const OptionInfo& o) {
  Napi::Object out = Napi::Object::New(env);
  out.Set("index", o.index);
  out.Set("name", o.name);
  out.Set("title", o.title);
  out.Set("description", o.desc);
  out.Set("type", TypeName(o.type));
  out.Set("unit", UnitName(o.unit));
  out.Set("size", o.size);
  out.Set("cap", o.cap);
  out.Set("active", SANE_OPTION_IS_ACTIVE(o.cap));
  out.Set("settable", SANE_OPTION_IS_SETTABLE(o.cap));
  out.Set("advanced", (o.cap & SANE_CAP_ADVANCED) != 0);
  out.Set("constraint", ConstraintToJs(env, o));
  out.Set("value", ValueToJs(env, o.value));
  return out;
}

}  // namespace sane_addon
