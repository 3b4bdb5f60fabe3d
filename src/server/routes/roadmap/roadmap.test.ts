import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { RoadmapResponse } from "../../../shared/api/index.js";
import { DIALECTS, startTestServer, type TestServer } from "../../test-support/test-dialects.js";

// Every resource URL the roadmap article names, exactly as it gives them.
const SEED_RESOURCE_URLS = [
  "https://www.khanacademy.org/",
  "https://www.youtube.com/c/3blue1brown",
  "https://www.coursera.org/specializations/mathematics-machine-learning",
  "https://www.codecademy.com/catalog/language/python",
  "https://developers.google.com/edu/python",
  "https://jakevdp.github.io/PythonDataScienceHandbook/",
  "https://www.coursera.org/professional-certificates/ibm-data-science",
  "https://www.datacamp.com/tracks/data-scientist-in-python",
  "https://www.coursera.org/learn/machine-learning",
  "https://github.com/Akramz/Hands-on-Machine-Learning-with-Scikit-Learn-Keras-and-TensorFlow",
  "https://course.fast.ai/",
  "https://www.coursera.org/specializations/deep-learning",
  "https://www.coursera.org/professional-certificates/tensorflow-in-practice",
  "https://www.packtpub.com/en-us/product/deep-learning-with-pytorch-9781788624336",
  "https://www.kaggle.com/datasets",
  "https://archive.ics.uci.edu/ml/index.php",
  "https://datasetsearch.research.google.com/",
  "https://www.udacity.com/course/ai-product-manager-nanodegree--nd088",
  "https://www.coursera.org/specializations/machine-learning-engineering-for-production-mlops",
  "https://www.packtpub.com/en-in/product/the-ultimate-docker-container-book-9781804613986?type=print",
  "https://www.linkedin.com/",
  "https://github.com/",
  "https://www.kaggle.com/competitions",
];

describe.each(DIALECTS)("GET /api/roadmap on %s", (dialect) => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer(dialect);
  });
  afterAll(() => server.destroy());

  const roadmap = async () => (await server.app.inject({ method: "GET", url: "/api/roadmap" })).json<RoadmapResponse>();

  it("lists the roadmap's nine stages in its order, then the stage Stepwise adds beyond it", async () => {
    const { stages } = await roadmap();
    expect(stages.map((stage) => [stage.order, stage.id])).toEqual([
      [1, "ai-engineering"],
      [2, "math-foundations"],
      [3, "python"],
      [4, "data-science"],
      [5, "machine-learning"],
      [6, "deep-learning"],
      [7, "projects"],
      [8, "deployment"],
      [9, "portfolio-networking"],
      [10, "modern-ai-engineering"],
    ]);
    expect(stages.filter((stage) => stage.beyondRoadmap).map((stage) => stage.id)).toEqual(["modern-ai-engineering"]);
  });

  it("has one topic for every item the roadmap lists in each stage, in the roadmap's order", async () => {
    const { stages } = await roadmap();
    // Stepwise adds practice topics between the roadmap's own; those keep the article's order.
    const seedTopics = new Set([
      ...["linear-algebra", "probability-statistics", "calculus", "python-basics", "data-science-libraries", "ml-libraries"],
      ...["data-collection-cleaning", "exploratory-data-analysis", "feature-engineering", "supervised-learning"],
      ...["unsupervised-learning", "model-evaluation", "deep-learning-basics", "neural-network-basics"],
      ...["convolutional-networks", "recurrent-networks", "stock-price-forecasting", "image-classification"],
      ...["sentiment-analysis", "finding-datasets", "web-frameworks", "docker", "cloud-platforms", "portfolio", "networking"],
    ]);
    const topicIds = Object.fromEntries(
      stages.map((stage) => [stage.id, stage.topics.map((topic) => topic.id).filter((id) => seedTopics.has(id))]),
    );
    expect(topicIds["math-foundations"]).toEqual(["linear-algebra", "probability-statistics", "calculus"]);
    expect(topicIds["python"]).toEqual(["python-basics", "data-science-libraries", "ml-libraries"]);
    expect(topicIds["data-science"]).toEqual(["data-collection-cleaning", "exploratory-data-analysis", "feature-engineering"]);
    expect(topicIds["machine-learning"]).toEqual([
      "supervised-learning",
      "unsupervised-learning",
      "model-evaluation",
      "deep-learning-basics",
    ]);
    expect(topicIds["deep-learning"]).toEqual(["neural-network-basics", "convolutional-networks", "recurrent-networks"]);
    expect(topicIds["projects"]).toEqual([
      "stock-price-forecasting",
      "image-classification",
      "sentiment-analysis",
      "finding-datasets",
    ]);
    expect(topicIds["deployment"]).toEqual(["web-frameworks", "docker", "cloud-platforms"]);
    expect(topicIds["portfolio-networking"]).toEqual(["portfolio", "networking"]);
  });

  it("gives every stage and topic a summary and hours, and a stage's hours are its topics' sum", async () => {
    const { stages } = await roadmap();
    for (const stage of stages) {
      expect(stage.summary.length).toBeGreaterThan(40);
      const sum = stage.topics.reduce((total, topic) => total + topic.estimatedHours, 0);
      expect(stage.estimatedHours).toBe(sum);
      for (const topic of stage.topics) {
        expect(topic.summary.length, topic.id).toBeGreaterThan(20);
        expect(topic.estimatedHours, topic.id).toBeGreaterThan(0);
        expect(topic.status).toBe("todo");
      }
    }
  });

  it("includes every resource the roadmap names with its exact URL", async () => {
    const urls = new Set((await roadmap()).stages.flatMap((stage) => stage.resources.map((resource) => resource.url)));
    const missing = SEED_RESOURCE_URLS.filter((url) => !urls.has(url));
    expect(missing).toEqual([]);
  });

  it("shows a topic's new status and the stage's progress after the learner marks it done", async () => {
    await server.app.inject({ method: "PUT", url: "/api/progress/topics/linear-algebra", payload: { status: "done" } });
    const math = (await roadmap()).stages.find((stage) => stage.id === "math-foundations");
    expect(math?.topics.find((topic) => topic.id === "linear-algebra")?.status).toBe("done");
    expect(math?.progress.topicsDone).toBe(1);
    const hours = math?.topics.find((topic) => topic.id === "linear-algebra")?.estimatedHours ?? 0;
    expect(math?.progress.hoursDone).toBe(hours);
    expect(math?.progress.percent).toBe(Math.round((hours / (math?.estimatedHours ?? 1)) * 100));
  });
});
