"""The README's "Testing your code" example, verbatim: it must pass as users would run it."""

import pytest

pytestmark = pytest.mark.anyio


async def test_my_pipeline_pays_once_per_video(trenz_client, trenz_fake):
    task = await trenz_client.ai_analysis.video_content_analysis(video_id="7301")
    result = await task.wait(timeout=10)
    assert result is not None
    assert trenz_fake.statistics().jobs_created == 1
    assert trenz_client.usage.snapshot().coins_spent == trenz_fake.ledger["sk_test_fake"].spent
