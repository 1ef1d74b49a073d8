<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>GuideController</name>
        <message numerus="yes">
            <source>…and %n more note(s).</source>
            <translation>
                <numerusform>…and %n more note.</numerusform>
                <numerusform>…and %n more notes.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SealedSlipsNote</name>
        <message numerus="yes">
            <source>%n slip(s) inside, with the lid closed.</source>
            <translation>
                <numerusform>%n slip is inside, with the lid closed.</numerusform>
                <numerusform>%n slips are inside, with the lid closed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SlipsWidget</name>
        <message numerus="yes">
            <source>Inside: %n slip(s)</source>
            <translation>
                <numerusform>Inside: %n slip</numerusform>
                <numerusform>Inside: %n slips</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StepPanel</name>
        <message numerus="yes">
            <source>%n step(s)</source>
            <translation>
                <numerusform>%n step</numerusform>
                <numerusform>%n steps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>about %n minute(s)</source>
            <translation>
                <numerusform>about %n minute</numerusform>
                <numerusform>about %n minutes</numerusform>
            </translation>
        </message>
    </context>
</TS>
