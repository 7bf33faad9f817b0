/*
 * libclm: ask the local clmd for a license (CLI.md, "clm and libclm").
 *
 * A plain C API over the daemon's local protocol (newline-delimited JSON on a
 * Unix socket), usable from C, C++ or any language with an FFI. The header
 * has no Qt and no structs whose layout callers depend on: every object is an
 * opaque handle read through functions, so the ABI stays stable as fields are
 * added. Link with -lclm.
 *
 * A seat is held while the connection that checked it out stays open, or
 * until clm_release(). Keep the connection open while the licensed work runs;
 * closing it (or the process ending) lets the daemon release the seat after
 * its linger time.
 *
 *     clm_conn* conn = NULL;
 *     int rc = clm_open(NULL, &conn);
 *     if (rc == CLM_OK)
 *         rc = clm_checkout(conn, "coditect-cli");
 *     if (rc != CLM_OK) {
 *         fprintf(stderr, "%s: %s\n", clm_error_code(rc), clm_last_message(conn));
 *         clm_close(conn);
 *         return 1;
 *     }
 *     ... work ...
 *     clm_release(conn, "coditect-cli");
 *     clm_close(conn);
 *
 * A connection is not thread-safe: use one per thread, or lock around it.
 */
#ifndef CLM_H
#define CLM_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(CLM_BUILDING_LIBRARY)
#define CLM_API __attribute__((visibility("default")))
#else
#define CLM_API
#endif

/* Result codes. The values are part of the ABI and never change meaning;
 * new codes may be added. Codes 1-99 are the daemon's denial reasons of
 * CLI.md; 100 and up are errors on this side of the socket. */
typedef enum clm_result
{
    CLM_OK = 0,
    CLM_NO_SEATS = 1,              /* "no_seats" */
    CLM_NO_LICENSE = 2,            /* "no_license" */
    CLM_LICENSE_INACTIVE = 3,      /* "license_inactive" */
    CLM_LICENSE_EXPIRED = 4,       /* "license_expired" */
    CLM_NOT_ENROLLED = 5,          /* "not_enrolled" */
    CLM_SERVER_UNREACHABLE = 6,    /* "server_unreachable" */
    CLM_OFFLINE_LEASE_EXPIRED = 7, /* "offline_lease_expired" */
    CLM_CLOCK_TAMPERED = 8,        /* "clock_tampered" */
    CLM_BORROW_NOT_ALLOWED = 9,    /* "borrow_not_allowed" */
    CLM_BAD_REQUEST = 10,          /* "bad_request" */
    CLM_FORBIDDEN = 11,            /* "forbidden": the operation needs root */
    CLM_UNKNOWN_USER = 12,         /* "unknown_user": the caller's uid has no passwd entry */
    CLM_TOO_MANY_CONNECTIONS = 13, /* "too_many_connections": this OS user has as many
                                      connections open as the daemon allows */
    CLM_DAEMON_UNREACHABLE = 100,  /* "daemon_unreachable": no daemon on the socket */
    CLM_PROTOCOL_ERROR = 101,      /* "protocol_error": an answer that is not the protocol */
    CLM_TIMEOUT = 102,             /* "timeout": no answer in time */
    CLM_INVALID_ARGUMENT = 103,    /* "invalid_argument": NULL handle, empty product, ... */
    CLM_OUT_OF_MEMORY = 104,       /* "out_of_memory" */
    CLM_UNKNOWN_REASON = 199       /* "unknown_reason": a reason this library does not know
                                      yet; clm_last_reason() has its name */
} clm_result;

typedef struct clm_conn clm_conn;

/* The library's version, "x.y.z". */
CLM_API const char* clm_version(void);

/* The reason code of a result ("no_seats", "daemon_unreachable", ...);
 * "ok" for CLM_OK, "unknown" for a value this library does not know.
 * The string is static. */
CLM_API const char* clm_error_code(int result);

/* A short English sentence for a result. The string is static. */
CLM_API const char* clm_strerror(int result);

/* The socket path clm_open(NULL, ...) uses: $CLM_SOCKET, else "socket" under
 * [daemon] in the daemon's configuration ($CLM_CONFIG, else
 * /etc/clm/clmd.conf), else /run/clm/clmd.sock. The string is valid until the
 * next call; not thread-safe. */
CLM_API const char* clm_default_socket(void);

/* Connects to the daemon. `socket_path` NULL or "" means clm_default_socket().
 * On success *out is a new connection; on failure *out is a connection that
 * only carries the error (read it with clm_last_message, then clm_close),
 * or NULL when memory ran out. */
CLM_API int clm_open(const char* socket_path, clm_conn** out);

/* Closes the connection (releasing, after the daemon's linger, the seats it
 * held) and frees it. NULL is fine. */
CLM_API void clm_close(clm_conn* conn);

/* How long to wait for an answer, in milliseconds (default 60000; 0 or less:
 * wait forever). */
CLM_API void clm_set_timeout_ms(clm_conn* conn, int timeout_ms);

/* Asks for a seat of `product` for the calling OS user.
 * CLM_OK: granted (read the details below); otherwise a denial or error. */
CLM_API int clm_checkout(clm_conn* conn, const char* product);

/* Gives the seat back now (no linger). CLM_OK also when nothing was held. */
CLM_API int clm_release(clm_conn* conn, const char* product);

/* Borrows a seat for offline use for `seconds`; then clm_lease_expires_at()
 * and clm_borrowed_until() tell until when. */
CLM_API int clm_borrow(clm_conn* conn, const char* product, int64_t seconds);

/* Ends a borrow early and frees the seat on the server. */
CLM_API int clm_return(clm_conn* conn, const char* product);

/* CLM_OK when the daemon answers. */
CLM_API int clm_ping(clm_conn* conn);

/* Sends one raw protocol request (a JSON object; an "id" is added when it
 * has none) and stores the daemon's answer line, readable with
 * clm_last_answer(). Returns CLM_OK when the answer has "ok": true, else its
 * reason. For `clm status --json` and other tools. */
CLM_API int clm_request(clm_conn* conn, const char* json_request);

/* Details of the last answer on this connection. Strings stay valid until
 * the next request on the connection or clm_close; they are "" (never NULL)
 * when absent. Times are Unix seconds, 0 when absent. */
CLM_API const char* clm_last_message(const clm_conn* conn); /* human-readable */
CLM_API const char* clm_last_reason(const clm_conn* conn);  /* reason code or "" */
CLM_API const char* clm_last_answer(const clm_conn* conn);  /* the raw JSON line */
CLM_API const char* clm_session_id(const clm_conn* conn);
CLM_API const char* clm_license_id(const clm_conn* conn);
CLM_API const char* clm_license_name(const clm_conn* conn);
CLM_API int64_t clm_lease_expires_at(const clm_conn* conn);
CLM_API int64_t clm_license_expires_at(const clm_conn* conn); /* 0: never */
CLM_API int64_t clm_borrowed_until(const clm_conn* conn);
CLM_API int clm_is_offline(const clm_conn* conn); /* 1 when granted from a cached lease */

#ifdef __cplusplus
}
#endif

#endif /* CLM_H */
