/*
 * libclm from C: check a seat out, show until when it is leased, do the
 * licensed work, give the seat back.
 *
 *     cc docs/libclm-example.c -Idaemon/client -Lbuild/lib -lclm -o libclm-example
 *     LD_LIBRARY_PATH=build/lib ./libclm-example [PRODUCT]
 *
 * The socket is $CLM_SOCKET, else the daemon's configuration, else
 * /run/clm/clmd.sock (clm_default_socket()).
 */
#include "clm.h"

#include <stdio.h>
#include <time.h>

int main(int argc, char** argv)
{
    const char* product = argc > 1 ? argv[1] : "coditect-cli";
    clm_conn* conn = NULL;
    int rc = clm_open(NULL, &conn);
    if (rc == CLM_OK)
        rc = clm_checkout(conn, product);
    if (rc != CLM_OK) {
        /* The first word is the reason code, as with the clm command; a
         * reason newer than this library is in clm_last_reason(). */
        const char* reason = clm_last_reason(conn);
        fprintf(stderr, "%s: %s\n", *reason ? reason : clm_error_code(rc), clm_last_message(conn));
        clm_close(conn);
        return rc == CLM_DAEMON_UNREACHABLE ? 2 : 1;
    }

    {
        time_t expires = (time_t)clm_lease_expires_at(conn);
        char when[32] = "unknown";
        struct tm* utc = gmtime(&expires);
        if (utc)
            strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", utc);
        printf("granted %s (license \"%s\") until %s%s\n", product, clm_license_name(conn), when,
               clm_is_offline(conn) ? " (offline)" : "");
    }

    /* ... the licensed work; the seat is held while conn stays open ... */
    puts("working");

    rc = clm_release(conn, product);
    if (rc != CLM_OK)
        fprintf(stderr, "%s: %s\n", clm_error_code(rc), clm_last_message(conn));
    clm_close(conn);
    return rc == CLM_OK ? 0 : 1;
}
