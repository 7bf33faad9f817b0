#pragma once

// A minimal test runner for the plain C++ tests of libclm and clm, which
// link no Qt: TEST_CASE registers a function, CHECK and CHECK_EQ record
// failures and go on, main() runs every case (or those named on the command
// line) and fails when any check did.

#include <cstdio>
#include <cstring>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace clm::client::test {

struct TestCase
{
    const char* name;
    void (*function)();
};

inline std::vector<TestCase>& registry()
{
    static std::vector<TestCase> cases;
    return cases;
}

inline int& failures()
{
    static int count = 0;
    return count;
}

struct Registrar
{
    Registrar(const char* name, void (*function)()) { registry().push_back({name, function}); }
};

inline std::string describe(const std::string& value)
{
    return '"' + value + '"';
}
inline std::string describe(std::string_view value)
{
    return describe(std::string(value));
}
inline std::string describe(const char* value)
{
    return value ? describe(std::string(value)) : std::string("(null)");
}
inline std::string describe(bool value)
{
    return value ? "true" : "false";
}
template<typename T>
std::string describe(const T& value)
{
    if constexpr (std::is_arithmetic_v<T> || std::is_enum_v<T>) {
        std::ostringstream out;
        out << +static_cast<std::conditional_t<std::is_enum_v<T>, int, T>>(value);
        return out.str();
    } else {
        return "(value)";
    }
}
template<typename T>
std::string describe(const std::optional<T>& value)
{
    return value ? describe(*value) : std::string("nullopt");
}

inline void fail(const char* file, int line, const std::string& what)
{
    std::fprintf(stderr, "%s:%d: FAIL: %s\n", file, line, what.c_str());
    ++failures();
}

template<typename A, typename B>
bool checkEqual(const A& actual, const B& expected, const char* actualText,
                const char* expectedText, const char* file, int line)
{
    bool equal = false;
    if constexpr (std::is_convertible_v<const A&, std::string_view> &&
                  std::is_convertible_v<const B&, std::string_view>) {
        // Strings by content, also when both are char pointers.
        if constexpr (std::is_pointer_v<A>) {
            if (!actual)
                return fail(file, line, std::string(actualText) + " is NULL"), false;
        }
        if constexpr (std::is_pointer_v<B>) {
            if (!expected)
                return fail(file, line, std::string(expectedText) + " is NULL"), false;
        }
        equal = std::string_view(actual) == std::string_view(expected);
    } else {
        equal = actual == expected;
    }
    if (equal)
        return true;
    fail(file, line,
         std::string(actualText) + " == " + expectedText + "\n    actual:   " + describe(actual) +
                 "\n    expected: " + describe(expected));
    return false;
}

inline int runAll(int argc, char** argv)
{
    int ran = 0;
    for (const TestCase& test : registry()) {
        bool wanted = argc <= 1;
        for (int i = 1; i < argc; ++i)
            wanted = wanted || std::strcmp(argv[i], test.name) == 0;
        if (!wanted)
            continue;
        const int before = failures();
        test.function();
        std::printf("%s %s\n", failures() == before ? "PASS" : "FAIL", test.name);
        std::fflush(stdout);
        ++ran;
    }
    std::printf("%d test(s), %d failed check(s)\n", ran, failures());
    return failures() == 0 && ran > 0 ? 0 : 1;
}

} // namespace clm::client::test

#define TEST_CASE(name)                                                                            \
    static void name();                                                                            \
    static const ::clm::client::test::Registrar name##_registrar(#name, name);                     \
    static void name()

#define CHECK(condition)                                                                           \
    ((condition) ? true : (::clm::client::test::fail(__FILE__, __LINE__, #condition), false))

#define CHECK_EQ(actual, expected)                                                                 \
    ::clm::client::test::checkEqual((actual), (expected), #actual, #expected, __FILE__, __LINE__)

#define TEST_MAIN                                                                                  \
    int main(int argc, char** argv)                                                                \
    {                                                                                              \
        return ::clm::client::test::runAll(argc, argv);                                            \
    }
