#include "argparser.h"

#include <sstream>

namespace sightline::cli {

ArgParser::ArgParser(std::string command, std::string description)
    : command_(std::move(command)), description_(std::move(description)) {}

ArgParser& ArgParser::positional(std::string name, std::string& out, std::string help) {
    positionals_.push_back({std::move(name), &out, nullptr, std::move(help)});
    return *this;
}

ArgParser& ArgParser::mapPositional(std::string& out) {
    return positional("MAP", out, "the map (.json or .rmap)");
}

ArgParser& ArgParser::formatOption(std::optional<std::string>& out) {
    return option("--format", "FORMAT", out, "text (default) or json", {"text", "json"});
}

ArgParser& ArgParser::option(std::string name, std::string valueName, std::optional<std::string>& out,
                             std::string help, std::vector<std::string> choices, std::string shortName) {
    Option o;
    o.name = std::move(name);
    o.shortName = std::move(shortName);
    o.valueName = std::move(valueName);
    o.help = std::move(help);
    o.value = &out;
    o.choices = std::move(choices);
    options_.push_back(std::move(o));
    return *this;
}

ArgParser& ArgParser::flag(std::string name, bool& out, std::string help) {
    Option o;
    o.name = std::move(name);
    o.help = std::move(help);
    o.flag = &out;
    options_.push_back(std::move(o));
    return *this;
}

const ArgParser::Option* ArgParser::findOption(std::string_view name) const {
    for (const Option& o : options_)
        if (o.name == name || (!o.shortName.empty() && o.shortName == name))
            return &o;
    return nullptr;
}

bool ArgParser::parseQuiet(std::span<const std::string> args) {
    std::size_t next = 0;
    bool onlyPositionals = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (!onlyPositionals && a == "--") {
            onlyPositionals = true;
            continue;
        }
        if (!onlyPositionals && (a == "--help" || a == "-h")) {
            help_ = true;
            return false;
        }
        if (!onlyPositionals && a.size() > 1 && a[0] == '-') {
            std::string name = a;
            std::optional<std::string> inlineValue;
            if (const auto eq = a.find('='); a.rfind("--", 0) == 0 && eq != std::string::npos) {
                name = a.substr(0, eq);
                inlineValue = a.substr(eq + 1);
            }
            const Option* o = findOption(name);
            if (!o) {
                error_ = "unknown option " + name;
                return false;
            }
            if (o->flag) {
                if (inlineValue) {
                    error_ = "option " + o->name + " takes no value";
                    return false;
                }
                *o->flag = true;
                continue;
            }
            std::string value;
            if (inlineValue) {
                value = *inlineValue;
            } else if (i + 1 < args.size()) {
                value = args[++i];
            } else {
                error_ = "option " + o->name + " needs a value " + o->valueName;
                return false;
            }
            if (!o->choices.empty()) {
                bool allowed = false;
                std::string list;
                for (const std::string& c : o->choices) {
                    allowed = allowed || c == value;
                    list += (list.empty() ? "" : ", ") + c;
                }
                if (!allowed) {
                    error_ = "unknown " + o->name + " \"" + value + "\"; expected one of " + list;
                    return false;
                }
            }
            *o->value = std::move(value);
            continue;
        }
        if (next >= positionals_.size()) {
            error_ = "unexpected argument \"" + a + "\"";
            return false;
        }
        Positional& p = positionals_[next++];
        if (a.empty()) {
            error_ = p.name + " must not be empty";
            return false;
        }
        if (p.required)
            *p.required = a;
        else
            *p.optional = a;
    }
    for (std::size_t k = next; k < positionals_.size(); ++k) {
        if (positionals_[k].required) {
            error_ = "missing " + positionals_[k].name;
            return false;
        }
    }
    return true;
}

std::optional<int> ArgParser::parse(std::span<const std::string> args, CommandContext& ctx) {
    if (parseQuiet(args))
        return std::nullopt;
    if (help_) {
        ctx.out << helpText(ctx.program);
        return kExitOk;
    }
    ctx.err << ctx.program << " " << command_ << ": " << error_ << "\n"
            << usage(ctx.program) << "\n"
            << "Run '" << ctx.program << " " << command_ << " --help' for details.\n";
    return kExitBadInput;
}

std::string ArgParser::usage(std::string_view program) const {
    std::string u = "usage: " + std::string(program) + " " + command_;
    for (const Positional& p : positionals_)
        u += p.required ? " " + p.name : " [" + p.name + "]";
    for (const Option& o : options_) {
        u += " [" + (o.shortName.empty() ? o.name : o.shortName);
        if (!o.flag) {
            u += " ";
            if (o.choices.empty()) {
                u += o.valueName;
            } else {
                for (std::size_t i = 0; i < o.choices.size(); ++i)
                    u += (i ? "|" : "") + o.choices[i];
            }
        }
        u += "]";
    }
    return u;
}

std::string ArgParser::helpText(std::string_view program) const {
    std::ostringstream s;
    s << usage(program) << "\n\n" << description_ << "\n";
    if (!positionals_.empty()) {
        s << "\narguments:\n";
        for (const Positional& p : positionals_)
            s << "  " << p.name << std::string(p.name.size() < 22 ? 22 - p.name.size() : 1, ' ') << p.help
              << "\n";
    }
    s << "\noptions:\n";
    for (const Option& o : options_) {
        std::string left = o.shortName.empty() ? o.name : o.shortName + ", " + o.name;
        if (!o.flag)
            left += " " + o.valueName;
        s << "  " << left << std::string(left.size() < 22 ? 22 - left.size() : 1, ' ') << o.help << "\n";
    }
    s << "  -h, --help" << std::string(12, ' ') << "show this help\n";
    return s.str();
}

} // namespace sightline::cli
