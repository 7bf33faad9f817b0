<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>clm::app::ApiErrors</name>
    <message numerus="yes">
        <source>All %n seat(s) of the license are in use.</source>
        <translation>
            <numerusform>The license has %n seat, and it is in use.</numerusform>
            <numerusform>All %n seats of the license are in use.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at most %n character(s).</source>
        <translation>
            <numerusform>Must be at most %n character.</numerusform>
            <numerusform>Must be at most %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Must be at least %n character(s).</source>
        <translation>
            <numerusform>Must be at least %n character.</numerusform>
            <numerusform>Must be at least %n characters.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::app::SeatAdvice</name>
    <message numerus="yes">
        <source>No seat was used in %n day(s): all %1 seats are unused.</source>
        <translation>
            <numerusform>No seat was used in %n day: all %1 seats are unused.</numerusform>
            <numerusform>No seat was used in %n days: all %1 seats are unused.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Peak use %1 of %2: %3 seats unused for %n day(s).</source>
        <translation>
            <numerusform>Peak use %1 of %2: %3 seats unused for %n day.</numerusform>
            <numerusform>Peak use %1 of %2: %3 seats unused for %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At the limit %n hour(s) with %1 denials: %2 more seats would have served 95 % of them.</source>
        <translation>
            <numerusform>At the limit %n hour with %1 denials: %2 more seats would have served 95 % of them.</numerusform>
            <numerusform>At the limit %n hours with %1 denials: %2 more seats would have served 95 % of them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::app::TimeText</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n s</source>
        <translation>
            <numerusform>in %n s</numerusform>
            <numerusform>in %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n min</source>
        <translation>
            <numerusform>in %n min</numerusform>
            <numerusform>in %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n h</source>
        <translation>
            <numerusform>in %n h</numerusform>
            <numerusform>in %n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::DevicesPage</name>
    <message numerus="yes">
        <source>Stale (not seen for %n day(s))</source>
        <translation>
            <numerusform>Stale (not seen for %n day)</numerusform>
            <numerusform>Stale (not seen for %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stale: not seen for %n day(s). Retired or off the network?</source>
        <translation>
            <numerusform>Stale: not seen for %n day. Retired or off the network?</numerusform>
            <numerusform>Stale: not seen for %n days. Retired or off the network?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::LicenseView</name>
    <message numerus="yes">
        <source>Expires in %n day(s), on %1.</source>
        <translation>
            <numerusform>Expires in %n day, on %1.</numerusform>
            <numerusform>Expires in %n days, on %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refused today: %n request(s).</source>
        <translation>
            <numerusform>Refused today: %n request.</numerusform>
            <numerusform>Refused today: %n requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::LicensesPage</name>
    <message numerus="yes">
        <source>%1 (in %n day(s))</source>
        <translation>
            <numerusform>%1 (in %n day)</numerusform>
            <numerusform>%1 (in %n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::SeatAdviceDialog</name>
    <message numerus="yes">
        <source>Product %1, %2 to %3 (%n day(s)), made %4.</source>
        <translation>
            <numerusform>Product %1, %2 to %3 (%n day), made %4.</numerusform>
            <numerusform>Product %1, %2 to %3 (%n days), made %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>clm::ui::WebhooksPage</name>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
</TS>
