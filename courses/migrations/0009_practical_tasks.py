"""Practical tasks (issue #13): the lesson block, learners' answers with their
review, the course policy's ``evidence_tasks``, and the permission to review
them for the Methodologists group (``users.roles``).
"""

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

from users.roles import migrate_staff_groups




class Migration(migrations.Migration):

    dependencies = [
        ("courses", "0008_video_block_fields"),
        ("users", "0003_district_officers_admin"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='coursepage',
            name='evidence_tasks',
            field=models.BooleanField(db_default=True, default=True, help_text="Each practical task's expected minutes, once its answer is accepted by a reviewer or by the automatic check.", verbose_name='practical tasks count as evidence'),
        ),
        migrations.AlterField(
            model_name='coursepage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 7), ('quote', 10), ('embed', 13), ('document', 16), ('callout', 19), ('video_file', 22), ('reflection', 24), ('practical_task', 29), ('test', 32)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section (h2)'), ('h3', 'Subsection (h3)')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with links and lists.', 'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'icon': 'pilcrow', 'label': 'Paragraph', 'preview_value': '<p>Мектептегі зорлық-зомбылықтың алдын алу — ортақ жұмыс.</p>', 'template': 'blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Empty if decorative.', 'label': 'Alt text', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Attribution', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('quote', 8), ('attribution', 9)]], {}), 11: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'A YouTube or Vimeo link.', 'label': 'Video URL'}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Say what the video is about; link a transcript where there is one.', 'label': 'Caption', 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('video', 11), ('caption', 12)]], {}), 14: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 15: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link text', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('document', 14), ('label', 15)]], {}), 17: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('info', 'Information'), ('warning', 'Warning'), ('help', 'Where to get help')], 'label': 'Kind'}), 18: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text'}), 19: ('wagtail.blocks.StructBlock', [[('kind', 17), ('text', 18)]], {}), 20: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Video file (MP4 or WebM)'}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'label': 'Transcript', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('video', 20), ('caption', 6), ('transcript', 21)]], {}), 23: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'label': 'Question for reflection'}), 24: ('wagtail.blocks.StructBlock', [[('prompt', 23)]], {}), 25: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Instructions'}), 26: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'How long the task takes; counted as evidence of study.', 'label': 'Expected time (minutes)', 'max_value': 600, 'min_value': 1}), 27: ('wagtail.blocks.IntegerBlock', (), {'default': 50, 'label': 'Least number of words in an answer', 'max_value': 2000, 'min_value': 1}), 28: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('auto', 'Automatically: accepted when long enough and not a copy'), ('reviewed', 'By a reviewer, who accepts it or returns it with a comment')], 'label': 'How it is checked'}), 29: ('wagtail.blocks.StructBlock', [[('instructions', 25), ('minutes', 26), ('min_words', 27), ('check', 28)]], {}), 30: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Test', 'page_type': ['courses.AssessmentPage']}), 31: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'required': False}), 32: ('wagtail.blocks.StructBlock', [[('test', 30), ('text', 31)]], {})}, verbose_name='description'),
        ),
        migrations.AlterField(
            model_name='lessonpage',
            name='body',
            field=wagtail.fields.StreamField([('heading', 2), ('paragraph', 3), ('image', 7), ('quote', 10), ('embed', 13), ('document', 16), ('callout', 19), ('video_file', 22), ('reflection', 24), ('practical_task', 29), ('test', 32)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'max_length': 200}), 1: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('h2', 'Section (h2)'), ('h3', 'Subsection (h3)')], 'label': 'Level'}), 2: ('wagtail.blocks.StructBlock', [[('text', 0), ('level', 1)]], {}), 3: ('wagtail.blocks.RichTextBlock', (), {'description': 'Text with links and lists.', 'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'icon': 'pilcrow', 'label': 'Paragraph', 'preview_value': '<p>Мектептегі зорлық-зомбылықтың алдын алу — ортақ жұмыс.</p>', 'template': 'blocks/paragraph.html'}), 4: ('wagtail.images.blocks.ImageChooserBlock', (), {'label': 'Image'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, for people who cannot see it. Empty if decorative.', 'label': 'Alt text', 'required': False}), 6: ('wagtail.blocks.CharBlock', (), {'label': 'Caption', 'required': False}), 7: ('wagtail.blocks.StructBlock', [[('image', 4), ('alt_text', 5), ('caption', 6)]], {}), 8: ('wagtail.blocks.TextBlock', (), {'label': 'Quote'}), 9: ('wagtail.blocks.CharBlock', (), {'label': 'Attribution', 'required': False}), 10: ('wagtail.blocks.StructBlock', [[('quote', 8), ('attribution', 9)]], {}), 11: ('wagtail.embeds.blocks.EmbedBlock', (), {'help_text': 'A YouTube or Vimeo link.', 'label': 'Video URL'}), 12: ('wagtail.blocks.CharBlock', (), {'help_text': 'Say what the video is about; link a transcript where there is one.', 'label': 'Caption', 'required': False}), 13: ('wagtail.blocks.StructBlock', [[('video', 11), ('caption', 12)]], {}), 14: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 15: ('wagtail.blocks.CharBlock', (), {'help_text': "Defaults to the document's title.", 'label': 'Link text', 'required': False}), 16: ('wagtail.blocks.StructBlock', [[('document', 14), ('label', 15)]], {}), 17: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('info', 'Information'), ('warning', 'Warning'), ('help', 'Where to get help')], 'label': 'Kind'}), 18: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'document-link', 'ol', 'ul'], 'label': 'Text'}), 19: ('wagtail.blocks.StructBlock', [[('kind', 17), ('text', 18)]], {}), 20: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Video file (MP4 or WebM)'}), 21: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'label': 'Transcript', 'required': False}), 22: ('wagtail.blocks.StructBlock', [[('video', 20), ('caption', 6), ('transcript', 21)]], {}), 23: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link'], 'label': 'Question for reflection'}), 24: ('wagtail.blocks.StructBlock', [[('prompt', 23)]], {}), 25: ('wagtail.blocks.RichTextBlock', (), {'features': ['bold', 'italic', 'link', 'ol', 'ul'], 'label': 'Instructions'}), 26: ('wagtail.blocks.IntegerBlock', (), {'help_text': 'How long the task takes; counted as evidence of study.', 'label': 'Expected time (minutes)', 'max_value': 600, 'min_value': 1}), 27: ('wagtail.blocks.IntegerBlock', (), {'default': 50, 'label': 'Least number of words in an answer', 'max_value': 2000, 'min_value': 1}), 28: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('auto', 'Automatically: accepted when long enough and not a copy'), ('reviewed', 'By a reviewer, who accepts it or returns it with a comment')], 'label': 'How it is checked'}), 29: ('wagtail.blocks.StructBlock', [[('instructions', 25), ('minutes', 26), ('min_words', 27), ('check', 28)]], {}), 30: ('wagtail.blocks.PageChooserBlock', (), {'label': 'Test', 'page_type': ['courses.AssessmentPage']}), 31: ('wagtail.blocks.CharBlock', (), {'label': 'Text', 'required': False}), 32: ('wagtail.blocks.StructBlock', [[('test', 30), ('text', 31)]], {})}, verbose_name='body'),
        ),
        migrations.CreateModel(
            name='PracticalSubmission',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('lesson_key', models.UUIDField()),
                ('block_id', models.CharField(max_length=64)),
                ('checking', models.CharField(choices=[('auto', 'automatically'), ('reviewed', 'by a reviewer')], max_length=10, verbose_name='checked')),
                ('text', models.TextField(max_length=10000, verbose_name='answer')),
                ('fingerprint', models.CharField(max_length=64)),
                ('status', models.CharField(choices=[('submitted', 'waiting for review'), ('accepted', 'accepted'), ('returned', 'returned for changes')], default='submitted', max_length=10, verbose_name='status')),
                ('submitted_at', models.DateTimeField(verbose_name='submitted')),
                ('reviewed_at', models.DateTimeField(blank=True, null=True, verbose_name='reviewed')),
                ('comment', models.TextField(blank=True, max_length=2000, verbose_name="reviewer's comment")),
                ('notice_sent_at', models.DateTimeField(blank=True, null=True)),
                ('enrolment', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='practical_submissions', to='courses.enrolment')),
                ('reviewer', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='reviewer')),
            ],
            options={
                'verbose_name': 'practical task answer',
                'verbose_name_plural': 'practical task answers',
                'permissions': [('review_practicaltask', 'Can review practical tasks')],
                'indexes': [models.Index(fields=['lesson_key', 'block_id', 'fingerprint'], name='courses_pra_lesson__0bb5a8_idx'), models.Index(condition=models.Q(('checking', 'reviewed'), ('status', 'submitted')), fields=['submitted_at'], name='practical_review_queue')],
                'constraints': [models.UniqueConstraint(fields=('enrolment', 'lesson_key', 'block_id'), name='one_answer_per_task')],
            },
        ),
        migrations.RunPython(migrate_staff_groups, migrations.RunPython.noop),
    ]
