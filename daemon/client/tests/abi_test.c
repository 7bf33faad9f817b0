/*
 * tst_libclm_abi: libclm through its C header, compiled as C99, without a
 * daemon. Checks the result table, the NULL-safety the header promises, a
 * connection that fails, and where clm_default_socket() looks.
 */
#define _POSIX_C_SOURCE 200809L

#include "clm.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

static int failures = 0;

#define CHECK(condition)                                                                           \
    do {                                                                                           \
        if (!(condition)) {                                                                        \
            fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__, #condition);          \
            ++failures;                                                                            \
        }                                                                                          \
    } while (0)

#define CHECK_STR(actual, expected)                                                                \
    do {                                                                                           \
        const char* a_ = (actual);                                                                 \
        const char* e_ = (expected);                                                               \
        if (!a_ || strcmp(a_, e_) != 0) {                                                          \
            fprintf(stderr, "%s:%d: %s is \"%s\", expected \"%s\"\n", __FILE__, __LINE__, #actual, \
                    a_ ? a_ : "(null)", e_);                                                       \
            ++failures;                                                                            \
        }                                                                                          \
    } while (0)

struct expected_result
{
    int code;
    const char* name;
};

/* The values are ABI: a renumbering breaks every program linked before. */
static const struct expected_result results[] = {
        {0, "ok"},
        {1, "no_seats"},
        {2, "no_license"},
        {3, "license_inactive"},
        {4, "license_expired"},
        {5, "not_enrolled"},
        {6, "server_unreachable"},
        {7, "offline_lease_expired"},
        {8, "clock_tampered"},
        {9, "borrow_not_allowed"},
        {10, "bad_request"},
        {11, "forbidden"},
        {12, "unknown_user"},
        {13, "too_many_connections"},
        {100, "daemon_unreachable"},
        {101, "protocol_error"},
        {102, "timeout"},
        {103, "invalid_argument"},
        {104, "out_of_memory"},
        {199, "unknown_reason"},
};

static void test_result_codes(void)
{
    size_t i;
    CHECK(CLM_OK == 0 && CLM_NO_SEATS == 1 && CLM_NO_LICENSE == 2 && CLM_LICENSE_INACTIVE == 3);
    CHECK(CLM_LICENSE_EXPIRED == 4 && CLM_NOT_ENROLLED == 5 && CLM_SERVER_UNREACHABLE == 6);
    CHECK(CLM_OFFLINE_LEASE_EXPIRED == 7 && CLM_CLOCK_TAMPERED == 8);
    CHECK(CLM_BORROW_NOT_ALLOWED == 9 && CLM_BAD_REQUEST == 10 && CLM_FORBIDDEN == 11);
    CHECK(CLM_UNKNOWN_USER == 12 && CLM_TOO_MANY_CONNECTIONS == 13);
    CHECK(CLM_DAEMON_UNREACHABLE == 100 && CLM_PROTOCOL_ERROR == 101 && CLM_TIMEOUT == 102);
    CHECK(CLM_INVALID_ARGUMENT == 103 && CLM_OUT_OF_MEMORY == 104 && CLM_UNKNOWN_REASON == 199);

    for (i = 0; i < sizeof results / sizeof results[0]; ++i) {
        const char* sentence = clm_strerror(results[i].code);
        CHECK_STR(clm_error_code(results[i].code), results[i].name);
        CHECK(sentence != NULL && strlen(sentence) > 0);
        CHECK(strcmp(sentence, "unknown error") != 0);
    }
    CHECK_STR(clm_error_code(14), "unknown");
    CHECK_STR(clm_error_code(-1), "unknown");
    CHECK_STR(clm_error_code(99), "unknown");
    CHECK_STR(clm_strerror(12345), "unknown error");
}

static void test_version(void)
{
    const char* version = clm_version();
    int major = -1, minor = -1, patch = -1;
    CHECK(version != NULL);
    CHECK(sscanf(version, "%d.%d.%d", &major, &minor, &patch) == 3);
    CHECK(major >= 0 && minor >= 0 && patch >= 0);
}

static void test_null_safety(void)
{
    clm_close(NULL);
    clm_set_timeout_ms(NULL, 5);
    CHECK(clm_open(NULL, NULL) == CLM_INVALID_ARGUMENT);
    CHECK(clm_checkout(NULL, "product") == CLM_INVALID_ARGUMENT);
    CHECK(clm_release(NULL, "product") == CLM_INVALID_ARGUMENT);
    CHECK(clm_borrow(NULL, "product", 60) == CLM_INVALID_ARGUMENT);
    CHECK(clm_return(NULL, "product") == CLM_INVALID_ARGUMENT);
    CHECK(clm_ping(NULL) == CLM_INVALID_ARGUMENT);
    CHECK(clm_request(NULL, "{}") == CLM_INVALID_ARGUMENT);
    CHECK_STR(clm_last_message(NULL), "");
    CHECK_STR(clm_last_reason(NULL), "");
    CHECK_STR(clm_last_answer(NULL), "");
    CHECK_STR(clm_session_id(NULL), "");
    CHECK_STR(clm_license_id(NULL), "");
    CHECK_STR(clm_license_name(NULL), "");
    CHECK(clm_lease_expires_at(NULL) == 0);
    CHECK(clm_license_expires_at(NULL) == 0);
    CHECK(clm_borrowed_until(NULL) == 0);
    CHECK(clm_is_offline(NULL) == 0);
}

static void test_open_failure(const char* directory)
{
    char path[512];
    clm_conn* conn = NULL;
    int rc;
    snprintf(path, sizeof path, "%s/no-daemon-here.sock", directory);
    rc = clm_open(path, &conn);
    CHECK(rc == CLM_DAEMON_UNREACHABLE);
    CHECK(conn != NULL); /* carries the error */
    CHECK(strstr(clm_last_message(conn), path) != NULL);
    CHECK(strstr(clm_last_message(conn), "No such file or directory") != NULL);
    CHECK_STR(clm_last_reason(conn), "daemon_unreachable");
    CHECK_STR(clm_last_answer(conn), "");
    CHECK_STR(clm_session_id(conn), "");
    CHECK(clm_lease_expires_at(conn) == 0);

    /* Every call on a connection that never connected says so. */
    CHECK(clm_checkout(conn, "coditect-cli") == CLM_DAEMON_UNREACHABLE);
    CHECK(strstr(clm_last_message(conn), path) != NULL);
    CHECK(clm_ping(conn) == CLM_DAEMON_UNREACHABLE);
    CHECK(clm_request(conn, "{\"op\":\"status\"}") == CLM_DAEMON_UNREACHABLE);

    /* Arguments are checked before the connection. */
    CHECK(clm_checkout(conn, NULL) == CLM_INVALID_ARGUMENT);
    CHECK_STR(clm_last_reason(conn), "invalid_argument");
    CHECK(clm_checkout(conn, "") == CLM_INVALID_ARGUMENT);
    CHECK(clm_checkout(conn, "bad \xff utf-8") == CLM_INVALID_ARGUMENT);
    CHECK(clm_borrow(conn, "coditect-cli", 0) == CLM_INVALID_ARGUMENT);
    CHECK(clm_borrow(conn, "coditect-cli", -5) == CLM_INVALID_ARGUMENT);
    CHECK(clm_request(conn, NULL) == CLM_INVALID_ARGUMENT);
    CHECK(clm_request(conn, "[1,2]") == CLM_INVALID_ARGUMENT);
    CHECK(clm_request(conn, "{\"op\":") == CLM_INVALID_ARGUMENT);
    CHECK(strlen(clm_last_message(conn)) > 0);
    clm_close(conn);

    /* A path longer than sockaddr_un takes. */
    {
        char long_path[300];
        memset(long_path, 'x', sizeof long_path - 1);
        long_path[0] = '/';
        long_path[sizeof long_path - 1] = '\0';
        conn = NULL;
        rc = clm_open(long_path, &conn);
        CHECK(rc == CLM_INVALID_ARGUMENT);
        CHECK(conn != NULL);
        CHECK(strlen(clm_last_message(conn)) > 0);
        clm_close(conn);
    }

    /* A socket file nobody listens on (a daemon that died): refused, found
     * through $CLM_SOCKET. */
    {
        struct sockaddr_un address;
        int fd = socket(AF_UNIX, SOCK_STREAM, 0);
        CHECK(fd >= 0);
        memset(&address, 0, sizeof address);
        address.sun_family = AF_UNIX;
        snprintf(address.sun_path, sizeof address.sun_path, "%s/dead.sock", directory);
        CHECK(bind(fd, (const struct sockaddr*)&address, sizeof address) == 0);
        conn = NULL;
        CHECK(setenv("CLM_SOCKET", address.sun_path, 1) == 0);
        rc = clm_open(NULL, &conn);
        CHECK(rc == CLM_DAEMON_UNREACHABLE);
        CHECK(strstr(clm_last_message(conn), address.sun_path) != NULL);
        CHECK(strstr(clm_last_message(conn), "Connection refused") != NULL);
        clm_close(conn);
        unsetenv("CLM_SOCKET");
        close(fd);
        unlink(address.sun_path);
    }
}

static void write_file(const char* path, const char* text)
{
    FILE* file = fopen(path, "w");
    CHECK(file != NULL);
    if (!file)
        return;
    fputs(text, file);
    fclose(file);
}

static void test_default_socket(const char* directory)
{
    char config[512];
    snprintf(config, sizeof config, "%s/clmd.conf", directory);

    unsetenv("CLM_SOCKET");
    /* No configuration file: the built-in path. */
    CHECK(setenv("CLM_CONFIG", "/nonexistent/clm/clmd.conf", 1) == 0);
    CHECK_STR(clm_default_socket(), "/run/clm/clmd.sock");

    /* The daemon's [daemon] socket, read as QSettings reads it. */
    write_file(config, "; comment\n"
                       "# another = comment\n"
                       "[server]\n"
                       "url=https://licenses.example.com ; tried in order\n"
                       "socket=/wrong/section.sock\n"
                       "\n"
                       "[daemon]\n"
                       "  state_dir = /var/lib/clm\n"
                       "  socket = /tmp/clm test/clmd.sock   ; where tools connect\n"
                       "[other]\n"
                       "socket=/also/wrong.sock\n");
    CHECK(setenv("CLM_CONFIG", config, 1) == 0);
    CHECK_STR(clm_default_socket(), "/tmp/clm test/clmd.sock");

    write_file(config, "[daemon]\r\nsocket=\"/quoted;path.sock\"\r\n");
    CHECK_STR(clm_default_socket(), "/quoted;path.sock");

    /* An empty value or no key falls back. */
    write_file(config, "[daemon]\nsocket=\n");
    CHECK_STR(clm_default_socket(), "/run/clm/clmd.sock");
    write_file(config, "[Daemon]\nsocket=/case/matters.sock\n");
    CHECK_STR(clm_default_socket(), "/run/clm/clmd.sock");

    /* $CLM_SOCKET wins over the file; an empty one does not count. */
    write_file(config, "[daemon]\nsocket=/from/config.sock\n");
    CHECK(setenv("CLM_SOCKET", "/from/environment.sock", 1) == 0);
    CHECK_STR(clm_default_socket(), "/from/environment.sock");
    CHECK(setenv("CLM_SOCKET", "", 1) == 0);
    CHECK_STR(clm_default_socket(), "/from/config.sock");
    unsetenv("CLM_SOCKET");
    unsetenv("CLM_CONFIG");
    remove(config);
}

int main(void)
{
    char directory[] = "/tmp/tst_libclm_abi.XXXXXX";
    if (!mkdtemp(directory)) {
        perror("mkdtemp");
        return 1;
    }
    test_result_codes();
    test_version();
    test_null_safety();
    test_open_failure(directory);
    test_default_socket(directory);
    rmdir(directory);
    if (failures) {
        fprintf(stderr, "tst_libclm_abi: %d check(s) failed\n", failures);
        return 1;
    }
    puts("tst_libclm_abi: all checks passed");
    return 0;
}
