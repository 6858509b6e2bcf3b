"""Make the demo lesson's video, once, from the texts of ``three-signs.yaml``
beside this script: a slide per sentence (ffmpeg's drawtext, DejaVu Sans),
the Kazakh sentence spoken by espeak-ng, WebM (VP9 and Opus, ffmpeg) and
WebVTT captions in kk, ru and en timed to the speech. Everything it uses is
free software from Debian (``apt-get install ffmpeg espeak-ng
fonts-dejavu-core``); the result is ours, under the project's licence. Not
run by the platform:

    python courses/demo_content/videos/make_video.py
"""

import subprocess
import tempfile
import wave
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
NAME = "three-signs"
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
PAUSE = 0.6  # seconds of silence after each sentence


def run(*command):
    subprocess.run(command, check=True, capture_output=True)  # noqa: S603 - our own fixed tools


def stamp(seconds):
    minutes, rest = divmod(seconds, 60)
    return f"00:{int(minutes):02d}:{rest:06.3f}"


def slide_and_speech(sentence, speech, length, part):
    """One sentence: its slide for as long as it is spoken, and a pause."""
    slide = part.with_suffix(".txt")
    slide.write_text(sentence["slide"])
    text = f"drawtext=fontfile={FONT}:textfile={slide}:fontsize=34:fontcolor=white"
    text += ":x=(w-text_w)/2:y=(h-text_h)/2"
    video = ["-c:v", "libvpx-vp9", "-b:v", "20k", "-pix_fmt", "yuv420p"]
    audio = ["-c:a", "libopus", "-b:a", "16k", "-ac", "1", "-af", f"apad=pad_dur={PAUSE}"]
    background = ["-f", "lavfi", "-i", "color=c=0x12355b:s=480x270:r=5"]
    run(
        "ffmpeg", "-y", *background, "-i", str(speech), "-vf", text,
        *video, *audio, "-t", f"{length + PAUSE:.3f}", str(part),
    )  # fmt: skip


def main():
    texts = yaml.safe_load((HERE / f"{NAME}.yaml").read_text())["sentences"]
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        times, start, parts = [], 0.0, []
        for n, sentence in enumerate(texts):
            speech = tmp / f"{n}.wav"
            run("espeak-ng", "-v", "kk", "-s", "150", "-w", str(speech), sentence["kk"])
            with wave.open(str(speech)) as audio:
                length = audio.getnframes() / audio.getframerate()
            parts.append(tmp / f"{n}.webm")
            slide_and_speech(sentence, speech, length, parts[-1])
            times.append((start, start + length))
            start += length + PAUSE
        listing = tmp / "parts.txt"
        listing.write_text("".join(f"file '{part}'\n" for part in parts))
        output = str(HERE / f"{NAME}.webm")
        run("ffmpeg", "-y", "-f", "concat", "-safe", "0", "-i", str(listing), "-c", "copy", output)
    for language in ("kk", "ru", "en"):
        cues = [
            f"{n + 1}\n{stamp(begin)} --> {stamp(end)}\n{sentence[language]}\n"
            for n, (sentence, (begin, end)) in enumerate(zip(texts, times, strict=True))
        ]
        (HERE / f"{NAME}.{language}.vtt").write_text("WEBVTT\n\n" + "\n".join(cues))
    print(f"{NAME}.webm: {start:.1f} s")


if __name__ == "__main__":
    main()
